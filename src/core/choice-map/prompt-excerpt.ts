/** How much of the words before a choice the map of choices shows on a node's card. */
export const PROMPT_EXCERPT_CHARS = 160;

/**
 * The opening of a node's prompt, cut at a word, at most PROMPT_EXCERPT_CHARS long with its ellipsis.
 * The build keeps only this much in the map's data (the story itself holds the whole text), and an
 * excerpt of an excerpt is the excerpt itself.
 */
export function promptExcerpt(text: string): string {
  if (text.length <= PROMPT_EXCERPT_CHARS) return text;
  const cut = text.slice(0, PROMPT_EXCERPT_CHARS - 1).replace(/\s+\S*$/, '');
  return `${cut}…`;
}
