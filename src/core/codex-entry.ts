/**
 * One entry of the codex, as the game reads it. The entries are content files next to the story
 * (story/codex/*.md, front matter + Markdown), checked and compiled at build time.
 */
export const CODEX_KINDS = ['person', 'place', 'party', 'body', 'term', 'event'] as const;
export type CodexKind = (typeof CODEX_KINDS)[number];

export interface CodexEntry {
  /** snake_case, unique: `lenin`, `mrc`, `old_style`. */
  readonly id: string;
  readonly title: string;
  readonly kind: CodexKind;
  /** Words in the story text that mean this entry (the title is one); matched whole-word, case-sensitive. */
  readonly aliases: readonly string[];
  /** The entry's text: plain paragraphs in our words, from the history bible's facts. */
  readonly paragraphs: readonly string[];
  /** For a person: what became of them (real fate), one or two sentences; null for anything else. */
  readonly fate: string | null;
  /** Where the facts come from (the bible's sources: Rabinowitch, Pipes, Figes, Reed, …). */
  readonly sources: readonly string[];
}

/** What the story text needs of an entry to link its mentions: the rest arrives when one is opened. */
export type CodexTerm = Pick<CodexEntry, 'id' | 'title' | 'aliases'>;
