import type { CodexEntry } from '../codex-entry.ts';
import type { TranscriptEntry } from '../session.ts';

export interface PersonMet {
  readonly id: string;
  readonly title: string;
  readonly fate: string;
}

function mentions(alias: string): RegExp {
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // whole words only: "Dan" must not match "Danger"
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * The codex's people whose names (title or aliases, case as written) occur in what this run showed,
 * with what really became of them; in the order the run first named them.
 */
export function peopleMet(transcript: readonly TranscriptEntry[], entries: readonly CodexEntry[]): PersonMet[] {
  const texts = transcript.filter((entry) => entry.kind === 'paragraph' || entry.kind === 'choice').map((e) => e.text);
  const found: { person: PersonMet; at: number }[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'person' || !entry.fate) continue;
    const patterns = [entry.title, ...entry.aliases].filter((alias) => alias.trim()).map(mentions);
    const at = texts.findIndex((text) => patterns.some((pattern) => pattern.test(text)));
    if (at >= 0) found.push({ person: { id: entry.id, title: entry.title, fate: entry.fate }, at });
  }
  return found.sort((a, b) => a.at - b.at).map(({ person }) => person);
}
