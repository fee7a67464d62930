import type { Plugin } from 'vite';

/**
 * Room servers the pages may reach besides their own origin, from CROWD_CONNECT at build time: in a
 * several-process setup each process has its own public address (docs/crowd-play.md), and a phone is sent to the
 * one holding its room, which the pages' `connect-src 'self'` would refuse. Only these addresses are added.
 */
export function connectSources(value: string | undefined): string[] {
  const sources = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const source of sources) {
    // an origin only (scheme, host, port): nothing that could widen the policy beyond a named server
    if (!/^(?:wss?|https?):\/\/[a-z0-9.-]+(?::\d{1,5})?$/i.test(source))
      throw new Error(`CROWD_CONNECT: "${source}" is not an origin such as wss://rooms-a.school.lan:2567`);
  }
  return sources;
}

/** Adds the sources to the `connect-src` of every page's Content-Security-Policy. */
export function widenConnectSrc(html: string, sources: readonly string[]): string {
  if (sources.length === 0) return html;
  return html.replace(/connect-src 'self'/g, `connect-src 'self' ${sources.join(' ')}`);
}

export function connectSrcPlugin(value: string | undefined = process.env['CROWD_CONNECT']): Plugin {
  const sources = connectSources(value);
  return {
    name: 'petrograd-connect-src',
    transformIndexHtml: (html) => widenConnectSrc(html, sources),
  };
}
