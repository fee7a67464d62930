/**
 * Story time. Russia kept the Julian calendar (Old Style) until February 1918, thirteen days
 * behind the Gregorian (New Style); the story writes Old Style and the screen shows both.
 */
export interface StoryTime {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const JULIAN_LAG_DAYS_1900_TO_2100 = 13;
/** The months' English names, January first (the story's and the house-style checker's). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** Parses `1917-10-25 21:40` (Old Style); returns null when the text or the date is not valid. */
export function parseStoryTime(text: string): StoryTime | null {
  const match = TIME_PATTERN.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || day < 1) return null;
  if (day > julianMonthLength(year, month)) return null;
  return { year, month, day, hour, minute };
}

function julianMonthLength(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The New Style (Gregorian) calendar date of an Old Style one; the clock time is unchanged. */
export function toNewStyle(time: StoryTime): StoryTime {
  const utc = new Date(Date.UTC(time.year, time.month - 1, time.day + JULIAN_LAG_DAYS_1900_TO_2100));
  return { ...time, year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function weekday(time: StoryTime): string {
  const ns = toNewStyle(time);
  return WEEKDAYS[new Date(Date.UTC(ns.year, ns.month - 1, ns.day)).getUTCDay()] ?? '';
}

export function formatDate(time: StoryTime): string {
  return `${time.day} ${MONTHS[time.month - 1] ?? ''} ${time.year}`;
}

export function formatClock(time: StoryTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** "Tuesday 24 October (6 November NS), 21:40" — the form the story uses everywhere. */
export function formatBothCalendars(time: StoryTime): string {
  const ns = toNewStyle(time);
  const nsText = ns.year === time.year ? `${ns.day} ${MONTHS[ns.month - 1] ?? ''}` : formatDate(ns);
  return `${weekday(time)} ${time.day} ${MONTHS[time.month - 1] ?? ''} (${nsText} NS), ${formatClock(time)}`;
}

export function minutesSinceEpoch(time: StoryTime): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute) / 60_000;
}
