import type { CodexEntry, CodexKind } from './codex-entry.ts';
import type { Role } from './roles.ts';

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

/** What each role wants as October begins: the third line of its card, beside who and when. */
export const ROLE_WANTS: Readonly<Record<Role, string>> = {
  lenin:
    'Power taken by a rising before the Congress of Soviets meets, not granted by its vote; and to stay out of the government’s hands while he argues for it.',
  kerensky:
    'To hold the Provisional Government together until the Constituent Assembly meets, keep Russia in the war beside its allies, and find troops in the capital he can trust.',
  junker:
    'To do his duty as a future officer, to understand what the government is asking of him and why, and to come home alive.',
};

/** An exit ticket's questions: room for three written lines each on one page. */
export const EXIT_QUESTIONS_MAX = 4;

/**
 * The exit ticket's questions: the ones the group's own session raised, when it has any (numbered as the
 * report numbers them: the ticket numbers them itself), else the role's questions asked before any run.
 */
export function exitQuestions(sessionQuestions: readonly string[], roleQuestions: readonly string[]): string[] {
  const own = sessionQuestions.map((question) => question.replace(/^\d+\.\s+/, '').trim()).filter(Boolean);
  return (own.length > 0 ? own : [...roleQuestions]).slice(0, EXIT_QUESTIONS_MAX);
}
