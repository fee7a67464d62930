import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRoleStories } from '../../src/app/role-stories.ts';
import { ROLES } from '../../src/core/roles.ts';
import { compileInk } from '../../tools/ink/compile.ts';
import { rolePartSource } from '../../tools/ink/role-part.ts';

const MAIN = resolve(import.meta.dirname, '../../story/main.ink');

describe("a role's part of the story", () => {
  it('keeps only that role’s INCLUDEs and starts at its knot', () => {
    const source = ['# title: T', 'INCLUDE a/one.ink', 'INCLUDE b/two.ink', 'INCLUDE shared.ink', '-> hub'].join('\n');
    expect(rolePartSource(source, 'a', ['a', 'b'])).toBe('INCLUDE a/one.ink\nINCLUDE shared.ink\n\n-> a\n');
  });

  it('refuses a role the main file does not include', () => {
    expect(() => rolePartSource('INCLUDE a/one.ink', 'b', ['a', 'b'])).toThrow(/nothing from b\//);
  });

  it('compiles alone for every role of the real story, and is a good deal smaller than the whole', () => {
    const whole = compileInk(MAIN).json ?? '';
    for (const role of ROLES) {
      const part = compileInk(MAIN, rolePartSource(readFileSync(MAIN, 'utf8'), role, ROLES));
      expect(part.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(part.json?.length ?? Infinity).toBeLessThan(whole.length / 2);
      const others = ROLES.filter((other) => other !== role);
      const knots = Object.keys((JSON.parse(part.json ?? '{}') as { root: unknown[] }).root.at(-1) as object);
      expect(knots).toContain(role);
      for (const other of others) expect(knots).not.toContain(other);
    }
  });
});

describe('the role stories on the page', () => {
  const fakeLoaders = (log: string[], failFirst = false) => {
    let failures = failFirst ? 1 : 0;
    const loader = (role: string) => () => {
      log.push(role);
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new Error('network down'));
      }
      return Promise.resolve({ default: `{"story":"${role}"}` });
    };
    return { lenin: loader('lenin'), kerensky: loader('kerensky'), junker: loader('junker') };
  };

  it('fetches a part once, and hands it out only after it has arrived', async () => {
    const log: string[] = [];
    const stories = createRoleStories(fakeLoaders(log));
    expect(() => stories.part('lenin')).toThrow(/has not been fetched/);
    await Promise.all([stories.ready('lenin'), stories.ready('lenin')]);
    await stories.ready('lenin');
    expect(stories.part('lenin')).toBe('{"story":"lenin"}');
    expect(log).toEqual(['lenin']);
    await stories.readyAll();
    expect(log).toEqual(['lenin', 'kerensky', 'junker']);
  });

  it('says so for the player when a part cannot arrive, and tries again next time', async () => {
    const log: string[] = [];
    const stories = createRoleStories(fakeLoaders(log, true));
    await expect(stories.ready('junker')).rejects.toThrow(/could not be loaded.*Nothing has been lost/);
    await stories.ready('junker');
    expect(stories.part('junker')).toBe('{"story":"junker"}');
    expect(log).toEqual(['junker', 'junker']);
  });
});
