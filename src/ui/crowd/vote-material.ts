import type { Session } from '../../core/session.ts';

/** The protocol's limits (src/crowd/protocol.ts LIMITS), repeated so this stays out of the game's first bundle. */
const PASSAGE_MAX = 6000;
const OPTION_MAX = 400;

/** The passage the decision closes: the text since the last choice, as plain paragraphs. */
export function passageOf(session: Pick<Session, 'transcript'>): string {
  const entries = session.transcript;
  let start = entries.length;
  while (start > 0 && entries[start - 1]?.kind !== 'choice') start -= 1;
  const text = entries
    .slice(start)
    .filter((entry) => entry.kind !== 'choice')
    .map((entry) => entry.text.trim())
    .filter(Boolean)
    .join('\n\n');
  // a long passage keeps its end, where the decision is
  return text.length > PASSAGE_MAX ? `…${text.slice(text.length - PASSAGE_MAX + 1)}` : text;
}

export function optionsOf(session: Pick<Session, 'choices'>): string[] {
  return session.choices.map((choice) => choice.text.slice(0, OPTION_MAX));
}
