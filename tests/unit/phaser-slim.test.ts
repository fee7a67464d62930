import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_PHASER_FLAGS, replacePhaserFlags } from '../../tools/phaser/vite-plugin-phaser-flags.ts';
import { filesBelow } from './source-files.ts';

const PHASER_SRC = resolve(import.meta.dirname, '../../node_modules/phaser/src');
const SLIM_ENTRY = resolve(import.meta.dirname, '../../src/stage/phaser-slim.js');

describe('the Phaser build flags', () => {
  it('turns each flag into a constant, negated or combined', () => {
    const source = [
      'if (typeof WEBGL_RENDERER && !typeof CANVAS_RENDERER) {}',
      'if (typeof FEATURE_SOUND) {}',
      'if (typeof WEBGL_DEBUG && window) {}',
    ].join('\n');
    expect(replacePhaserFlags(source, MAP_PHASER_FLAGS)).toBe(
      ['if (true && !false) {}', 'if (false) {}', 'if (false && window) {}'].join('\n'),
    );
  });

  it('leaves ordinary typeof checks alone', () => {
    const source = "if (typeof URL !== 'undefined' && typeof window === 'object' && typeof MAX_SIZE) {}";
    expect(replacePhaserFlags(source, { MAX_SIZE: true })).toBe(
      "if (typeof URL !== 'undefined' && typeof window === 'object' && true) {}",
    );
  });

  it('refuses a flag it has no value for, naming it and the file', () => {
    expect(() => replacePhaserFlags('if (typeof PLUGIN_SPINE) {}', MAP_PHASER_FLAGS, 'x/Foo.js')).toThrow(
      /x\/Foo\.js: Phaser build flag PLUGIN_SPINE/,
    );
  });

  it('has a value for every flag in the installed Phaser sources', () => {
    const used = new Set<string>();
    for (const file of filesBelow(PHASER_SRC, '.js')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\btypeof\s+([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g)) {
        used.add(match[1] ?? '');
      }
    }
    expect([...used].sort()).toEqual(Object.keys(MAP_PHASER_FLAGS).sort());
  });
});

describe('the slim Phaser entry', () => {
  it('requires only Phaser source files that exist', () => {
    const requests = [...readFileSync(SLIM_ENTRY, 'utf8').matchAll(/require\('phaser-src\/([^']+)'\)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(requests.length).toBeGreaterThan(20);
    const missing = requests.filter(
      (request) => !existsSync(join(PHASER_SRC, `${request}.js`)) && !existsSync(join(PHASER_SRC, request, 'index.js')),
    );
    expect(missing).toEqual([]);
  });
});
