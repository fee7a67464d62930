import { describe, expect, it } from 'vitest';
import { PROMPT_EXCERPT_CHARS, promptExcerpt } from '../../src/core/choice-map/prompt-excerpt.ts';

describe('promptExcerpt', () => {
  const long =
    'Fofanova comes in with rain on her scarf and gives you the news the way you like it, without adjectives. ' +
    'The Germans hold the Baltic islands. Last week the government debated moving itself to Moscow.';

  it('keeps a short prompt whole', () => {
    expect(promptExcerpt('Whose October will you live?')).toBe('Whose October will you live?');
  });

  it('cuts a long prompt at a word, ellipsis included in the limit', () => {
    const excerpt = promptExcerpt(long);
    expect(excerpt.length).toBeLessThanOrEqual(PROMPT_EXCERPT_CHARS);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    // the last word before the ellipsis is a whole word of the prompt
    expect(long.charAt(excerpt.length - 1)).toMatch(/\s/);
  });

  it('gives the same excerpt when cut twice (the build cuts, then the card)', () => {
    expect(promptExcerpt(promptExcerpt(long))).toBe(promptExcerpt(long));
  });
});
