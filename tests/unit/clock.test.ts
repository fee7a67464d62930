import { describe, expect, it } from 'vitest';
import { formatBothCalendars, parseStoryTime, toNewStyle, weekday } from '../../src/core/clock.ts';

describe('clock', () => {
  it('reads Old Style times and rejects impossible ones', () => {
    expect(parseStoryTime('1917-10-25 21:40')).toEqual({ year: 1917, month: 10, day: 25, hour: 21, minute: 40 });
    expect(parseStoryTime('1917-10-32 10:00')).toBeNull();
    expect(parseStoryTime('1917-02-29 10:00')).toBeNull();
    expect(parseStoryTime('1916-02-29 10:00')).not.toBeNull();
    expect(parseStoryTime('1917-10-25 24:00')).toBeNull();
    expect(parseStoryTime('25 Oct 1917')).toBeNull();
  });

  it('puts 25 October Old Style on 7 November New Style, a Wednesday', () => {
    const time = parseStoryTime('1917-10-25 21:40');
    if (!time) throw new Error('unparsed');
    expect(toNewStyle(time)).toMatchObject({ year: 1917, month: 11, day: 7, hour: 21, minute: 40 });
    expect(weekday(time)).toBe('Wednesday');
    expect(formatBothCalendars(time)).toBe('Wednesday 25 October (7 November NS), 21:40');
  });

  it('names the year when the New Style date falls in the next one', () => {
    const time = parseStoryTime('1917-12-25 12:00');
    if (!time) throw new Error('unparsed');
    expect(formatBothCalendars(time)).toBe('Monday 25 December (7 January 1918 NS), 12:00');
  });
});
