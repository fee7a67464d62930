import type { CodexTerm } from './codex-entry.ts';

/** Where a codex entry is named in a text: `text.slice(start, end)` is one of its aliases. */
export interface Mention {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A run of a paragraph: plain text, or the words that open a codex entry. */
export interface Segment {
  readonly text: string;
  /** The entry these words open; null for plain text. */
  readonly id: string | null;
}

export interface CodexMatcher {
  /** Every mention in the text, in order, never overlapping (the longest alias wins: "Left SR" over "SR"). */
  mentions(text: string): Mention[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds codex entries in story text: aliases match whole words, case-sensitively, so "Dan" is the
 * Menshevik and not the start of "Danish". The story check and the game use this same matcher,
 * so a word the check counts as a use is a word the player can open.
 */
export function createCodexMatcher(entries: readonly CodexTerm[]): CodexMatcher {
  const owner = new Map<string, string>();
  for (const entry of entries) for (const alias of entry.aliases) if (!owner.has(alias)) owner.set(alias, entry.id);
  const aliases = [...owner.keys()].sort((a, b) => b.length - a.length);
  // alternatives are tried in order, so longest first means the longest alias at a position wins
  const pattern =
    aliases.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${aliases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  return {
    mentions(text) {
      if (!pattern) return [];
      const found: Mention[] = [];
      for (const match of text.matchAll(pattern)) {
        const id = owner.get(match[0]);
        if (id !== undefined) found.push({ id, start: match.index, end: match.index + match[0].length });
      }
      return found;
    },
  };
}

/**
 * Splits a paragraph into plain runs and links. Only the first mention of each entry in a passage
 * becomes a link: `linked` holds the entries already linked earlier in the same passage, and gains
 * the ones linked here.
 */
export function segmentParagraph(text: string, matcher: CodexMatcher, linked: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const mention of matcher.mentions(text)) {
    if (linked.has(mention.id)) continue;
    linked.add(mention.id);
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start), id: null });
    segments.push({ text: text.slice(mention.start, mention.end), id: mention.id });
    at = mention.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), id: null });
  return segments;
}
