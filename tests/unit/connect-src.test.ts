import { describe, expect, it } from 'vitest';
import { connectSources, widenConnectSrc } from '../../tools/vite/vite-plugin-connect-src.ts';

const PAGE = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; object-src 'none'">`;

describe('CROWD_CONNECT: the room servers a page may reach', () => {
  it('adds the named origins to connect-src and nothing else', () => {
    const sources = connectSources('wss://rooms-a.school.lan:2567, ws://10.0.0.5:2568');
    expect(widenConnectSrc(PAGE, sources)).toContain(
      "connect-src 'self' wss://rooms-a.school.lan:2567 ws://10.0.0.5:2568; object-src 'none'",
    );
  });

  it('leaves the page as it is when none are named', () => {
    expect(widenConnectSrc(PAGE, connectSources(undefined))).toBe(PAGE);
    expect(widenConnectSrc(PAGE, connectSources('  '))).toBe(PAGE);
  });

  it('refuses anything that is not an origin, so the policy cannot be opened wider', () => {
    expect(() => connectSources('*')).toThrow(/not an origin/);
    expect(() => connectSources("wss://a.lan; script-src 'unsafe-inline'")).toThrow(/not an origin/);
    expect(() => connectSources('https://a.lan/path')).toThrow(/not an origin/);
  });
});
