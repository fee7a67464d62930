/** "lenin_ch1_vote" → "Chapter 1: vote": ending ids name their chapter and their outcome. */
export function endingTitle(id: string): string {
  const [, ...rest] = id.split('_');
  const chapter = /^ch(\d+)$/.exec(rest[0] ?? '');
  const words = (chapter ? rest.slice(1) : rest).join(' ');
  return chapter ? `Chapter ${chapter[1] ?? ''}: ${words}` : words;
}
