import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../tools/ink/compile.ts';
import { ENDING_SCENE_WORDS, endingScenes, formatEndingScenes, sceneOf } from '../../tools/story/ending-scenes.ts';
import { longEndingScenes } from '../../tools/story/house-style.ts';

const ENTRY = resolve(import.meta.dirname, '../fixtures/ending-scenes/main.ink');

describe('the ending’s scene', () => {
  it('counts the words after the last choice up to what historians argue, or the fates', () => {
    expect(sceneOf(['You go home.', 'What historians argue: ours.', 'What became of them.'])).toEqual({
      words: 3,
      historians: true,
    });
    expect(sceneOf(['You go home in the rain.', 'What became of them.', 'Trotsky died in 1940.'])).toEqual({
      words: 6,
      historians: false,
    });
    // neither: the whole passage is scene
    expect(sceneOf(['You go home.', 'The end.'])).toEqual({ words: 5, historians: false });
  });

  const compiled = compileInk(ENTRY);
  const json = compiled.json ?? '';

  it('keeps, for each ending the seeded runs reach, the longest scene read before it', () => {
    const scenes = endingScenes(json, 'lenin', 30, 1);
    expect(scenes.map((scene) => [scene.ending, scene.words, scene.historians])).toEqual([
      ['lenin_long', 450, true],
      ['lenin_short', 13, true],
      ['lenin_bare', 12, false],
    ]);
    expect(endingScenes(json, 'lenin', 30, 1)).toEqual(scenes);
    expect(formatEndingScenes('lenin', scenes)).toBe(
      `lenin: ending scenes (words before what historians argue, at most ${ENDING_SCENE_WORDS}): lenin_long 450 (over), lenin_short 13, lenin_bare 12 (no historians)`,
    );
  });

  it('warns at the scene’s first line when it runs past 400 words', () => {
    const warnings = longEndingScenes(json, compiled.files, ['lenin']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: join(resolve(ENTRY, '..'), 'main.ink'), line: 20, severity: 'warning' });
    expect(warnings[0]?.message).toMatch(/lenin_long reads 450 words/);
  });
});
