import type { CodexEntry, CodexKind } from './codex-entry.ts';

/** One line of a role's glossary: a codex entry the role's story names, said in a sentence or two. */
export interface GlossaryItem {
  readonly id: string;
  readonly title: string;
  readonly kind: CodexKind;
  readonly definition: string;
}

/** People first, then the bodies and parties they sat in, the places, the events and the words. */
const KIND_ORDER: readonly CodexKind[] = ['person', 'party', 'body', 'place', 'event', 'term'];
/** A glossary line is read on paper beside the story: about two sentences. */
const DEFINITION_MAX = 260;

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the story's text names the entry: one of its aliases as a whole word, as the story links them. */
export function namedIn(storyText: string, entry: Pick<CodexEntry, 'aliases' | 'title'>): boolean {
  return [entry.title, ...entry.aliases].some((alias) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped(alias)}(?![\\p{L}\\p{N}])`, 'u').test(storyText),
  );
}

/** The entry's first sentences, whole, up to about two lines of print. */
export function shortDefinition(paragraphs: readonly string[]): string {
  const first = (paragraphs[0] ?? '').replace(/\s+/g, ' ').trim();
  const sentences = first.match(/[^.!?]+[.!?]+(?:["”’)]+)?(?=\s|$)/g) ?? [first];
  let text = '';
  for (const sentence of sentences) {
    const next = `${text} ${sentence.trim()}`.trim();
    if (text && next.length > DEFINITION_MAX) break;
    text = next;
  }
  return text.length > DEFINITION_MAX ? `${text.slice(0, DEFINITION_MAX - 1).replace(/\s+\S*$/, '')}…` : text;
}

/** The codex entries a role's story names, in the order a reader looks them up. */
export function glossaryFor(entries: readonly CodexEntry[], storyText: string): GlossaryItem[] {
  return entries
    .filter((entry) => namedIn(storyText, entry))
    .map((entry) => ({
      id: entry.id,
      title: entry.title,
      kind: entry.kind,
      definition: shortDefinition(entry.paragraphs),
    }))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.title.localeCompare(b.title, 'en'));
}
