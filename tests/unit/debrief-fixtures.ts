import type { StoryTime } from '../../src/core/clock.ts';
import type { RealEvent } from '../../src/core/debrief/content.ts';
import type { Historicity } from '../../src/core/events.ts';
import type { Decision } from '../../src/core/session.ts';

export const at = (day: number, hour: number, minute = 0): StoryTime => ({ year: 1917, month: 10, day, hour, minute });

export function decision(
  text: string,
  historicity: Historicity | null,
  time: StoryTime | null,
  branch: string | null = null,
): Decision {
  return { text, historicity, branch, chapter: 'A chapter', time, place: null };
}

export function realEvent(text: string, time: StoryTime): RealEvent {
  return { text, time, precision: 'about', place: null, grade: 'A' };
}
