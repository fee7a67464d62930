import endingsJson from '../../../story/debrief/endings.json';

/**
 * Each ending's title as players read it, kept beside the debrief's content (story/debrief/endings.json) so a
 * writer who adds an `# ending:` adds its title there; a unit test holds every ending in the story to one.
 */
const TITLES: Readonly<Record<string, string>> = endingsJson.endings;

/** "lenin_historical" → "The October that was: …"; an id without a title still reads as words, never as an id. */
export function endingTitle(id: string): string {
  const title = TITLES[id];
  if (title) return title;
  const [, ...rest] = id.split('_');
  const chapter = /^ch(\d+)$/.exec(rest[0] ?? '');
  const words = (chapter ? rest.slice(1) : rest).join(' ');
  const plain = words.charAt(0).toUpperCase() + words.slice(1);
  return chapter ? `Chapter ${chapter[1] ?? ''}: ${words}` : plain;
}

/** The ending ids that have a title (for the test that holds the story to them). */
export function titledEndings(): readonly string[] {
  return Object.keys(TITLES);
}
