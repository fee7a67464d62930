/**
 * When a save or a club's session was last played, in the reader's own date and time style. The
 * formatter is made on first use: making it loads the locale's calendar data, about 20 ms of the
 * task that runs the game's code on a weak laptop, and no one needs it until a list of saves opens.
 */
let format: Intl.DateTimeFormat | null = null;

export function formatSavedAt(savedAt: Date | number): string {
  format ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return format.format(savedAt);
}
