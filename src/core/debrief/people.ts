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
 * What the run lived through: at an ending, everything up to the last choice. The ending's passage after it
 * is the epilogue, which tells the fates of people this run may never have met (Alekseev on a Kerensky path
 * that never went to the Pre-Parliament, Antonov-Ovseenko in a cadet's epilogue), so naming them is no meeting.
 */
function livedThrough(transcript: readonly TranscriptEntry[]): readonly TranscriptEntry[] {
  if (!transcript.some((entry) => entry.kind === 'ending')) return transcript;
  const lastChoice = transcript.findLastIndex((entry) => entry.kind === 'choice');
  return lastChoice < 0 ? transcript : transcript.slice(0, lastChoice + 1);
}

/**
 * The codex's people whose names (title or aliases, case as written) occur in what this run lived through,
 * with what really became of them; in the order the run first named them.
 */
export function peopleMet(transcript: readonly TranscriptEntry[], entries: readonly CodexEntry[]): PersonMet[] {
  const texts = livedThrough(transcript)
    .filter((entry) => entry.kind === 'paragraph' || entry.kind === 'choice')
    .map((e) => e.text);
  const found: { person: PersonMet; at: number }[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'person' || !entry.fate) continue;
    const patterns = [entry.title, ...entry.aliases].filter((alias) => alias.trim()).map(mentions);
    const at = texts.findIndex((text) => patterns.some((pattern) => pattern.test(text)));
    if (at >= 0) found.push({ person: { id: entry.id, title: entry.title, fate: entry.fate }, at });
  }
  return found.sort((a, b) => a.at - b.at).map(({ person }) => person);
}
