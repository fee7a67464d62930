import { describe, expect, it } from 'vitest';
import { formatSavedAt } from '../../src/ui/saved-at.ts';

describe('formatSavedAt', () => {
  const reference = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const moment = new Date(2026, 11, 4, 9, 41);

  it('gives the date and time in the reader’s own medium date and short time style', () => {
    expect(formatSavedAt(moment)).toBe(reference.format(moment));
    expect(formatSavedAt(moment)).toMatch(/2026/);
  });

  it('takes a time in milliseconds as well as a Date, and formats each moment on its own', () => {
    const later = new Date(2027, 0, 5, 18, 3);
    expect(formatSavedAt(later.getTime())).toBe(reference.format(later));
    expect(formatSavedAt(moment)).not.toBe(formatSavedAt(later));
  });
});
