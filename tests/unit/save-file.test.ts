import { describe, expect, it } from 'vitest';
import { createSave, readSave, serializeSave, MAX_SAVE_BYTES } from '../../src/core/save-file.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { newSession, reduceBeat, type Session } from '../../src/core/session.ts';
import { compileFixture } from './fixture.ts';

function playedSession(): Session {
  const narrator = new Narrator(compileFixture('small'));
  return reduceBeat(newSession('lenin'), narrator.start('lenin'), narrator.saveState()).session;
}

const HASH = 'abc123';
const NOW = new Date('2026-11-26T18:00:00Z');

describe('save files', () => {
  const text = serializeSave(createSave(playedSession(), HASH, NOW));

  it('round-trips a session exactly', () => {
    const read = readSave(text, HASH);
    expect(read).toEqual({ ok: true, save: JSON.parse(text) as unknown, storyChanged: false });
  });

  it('says when the story has changed since the save', () => {
    const read = readSave(text, 'different');
    expect(read.ok && read.storyChanged).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"format": "petrograd', /not complete JSON/],
    ['a truncated file', text.slice(0, text.length / 2), /not complete JSON/],
    ['a file from another game', JSON.stringify({ format: 'some-other-game', data: 1 }), /not a Petrograd 1917 save/],
    ['a bare array', '[1,2,3]', /not a Petrograd 1917 save/],
    ['a newer version', text.replace('"version":1', '"version":7'), /another version/],
    ['wrong types', text.replace('"role":"lenin"', '"role":42'), /damaged \(at session.role\)/],
    ['an unknown place', text.replace('"place":"smolny"', '"place":"moscow"'), /damaged/],
    ['a huge file', 'x'.repeat(MAX_SAVE_BYTES + 1), /far too large/],
  ])('refuses %s with a clear reason', (_name, input, reason) => {
    const read = readSave(input, HASH);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });

  it('keeps markup in strings as plain text data', () => {
    const hostile = text.replace('"text":"The first line."', '"text":"<img src=x onerror=alert(1)>"');
    const read = readSave(hostile, HASH);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.save.session.transcript[2]?.text).toBe('<img src=x onerror=alert(1)>');
  });
});
