import type { CodexEntry } from '../codex-entry.ts';
import { tellingsOf, type Telling, type TranscriptEntry } from '../session.ts';

export interface PersonMet {
  readonly id: string;
  readonly title: string;
  /** What really became of them: "in history". */
  readonly fate: string;
  /** What became of them in this telling (its `# telling:` lines, in order), when the run said. */
  readonly telling?: string;
}

/** A person's two fates in one sentence, for the printed and shared debrief; just the real one if the run told none. */
export function fatesText(person: PersonMet): string {
  return person.telling ? `In history: ${person.fate} In this telling: ${person.telling}` : person.fate;
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
 * with what really became of them; in the order the run first named them. A person the run told a fate of
 * (a `# telling:`, often in the epilogue's fates) is one it met, after those it named, with that telling.
 */
export function peopleMet(
  transcript: readonly TranscriptEntry[],
  entries: readonly CodexEntry[],
  tellings: readonly Telling[] = [],
): PersonMet[] {
  const texts = livedThrough(transcript)
    .filter((entry) => entry.kind === 'paragraph' || entry.kind === 'choice')
    .map((e) => e.text);
  const found: { person: PersonMet; at: number }[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'person' || !entry.fate) continue;
    const patterns = [entry.title, ...entry.aliases].filter((alias) => alias.trim()).map(mentions);
    const named = texts.findIndex((text) => patterns.some((pattern) => pattern.test(text)));
    const told = tellingsOf(tellings, entry.id);
    const toldAt = tellings.findIndex((telling) => telling.id === entry.id);
    const at = named >= 0 ? named : toldAt >= 0 ? texts.length + toldAt : -1;
    const person = { id: entry.id, title: entry.title, fate: entry.fate };
    if (at >= 0) found.push({ person: told.length > 0 ? { ...person, telling: told.join(' ') } : person, at });
  }
  return found.sort((a, b) => a.at - b.at).map(({ person }) => person);
}
