import type { BeganAt } from '../session.ts';

/** What a debrief says first of a run begun at a named decision: which choices were not the player's. */
export function describeBeginning(began: BeganAt): string {
  const made =
    began.choices === 1
      ? 'The one choice before it was made for you, as it was made in 1917; the record below counts it'
      : `The ${began.choices} choices before it were made for you, as they were made in 1917; the record below counts them`;
  return `This run began at a decision: “${began.title}” (${began.date}). ${made} as history’s, not yours.`;
}
