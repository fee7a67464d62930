/** What the built site weighs: every JS chunk raw and gzip'd, and how much of the baseline's chunk is the story. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  /** Path inside the served site, e.g. `assets/index-abc.js` or `bench/assets/baseline-abc.js`. */
  readonly file: string;
  readonly raw: number;
  /** gzip at zlib's default level, as `vite preview` (and most servers) send it. */
  readonly gzip: number;
}

export interface StorySplit {
  /** The compiled story as JSON, raw and gzip'd alone (what a separate story.json fetch would cost). */
  readonly jsonRaw: number;
  readonly jsonGzip: number;
  /** The story's string literal inside the entry chunk. */
  readonly literalRaw: number;
  /** gzip(entry chunk) − gzip(entry chunk without the literal): the story's share of the transfer. */
  readonly shareGzip: number;
}

/** A role's part of the story, built as its own chunk (vite.config.ts names them `story-<role>-<hash>.js`). */
export const isStoryChunk = (file: string): boolean => /(^|\/)story-[a-z]+-[\w-]+\.js$/.test(file);

export const gzipSize = (data: string | Buffer): number => gzipSync(data).length;

/**
 * Every .js file under `root/dir`, sizes included: recursively, or only those directly in it (the
 * site's root holds the service worker and its Workbox runtime beside folders of other things).
 */
export function chunksIn(root: string, dir: string, recursive = true): Chunk[] {
  const out: Chunk[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        if (recursive) walk(full);
      } else if (name.endsWith('.js')) {
        const data = readFileSync(full);
        out.push({ file: relative(root, full), raw: data.length, gzip: gzipSize(data) });
      }
    }
  };
  walk(join(root, dir));
  return out.sort((a, b) => b.raw - a.raw);
}

/**
 * Finds the compiled story inside a chunk: the plugin emits `JSON.parse("…")`, which the minifier
 * may turn into a template or single-quoted literal. Returns the literal's bounds, quotes included.
 */
export function storyLiteral(code: string): { start: number; end: number } | null {
  for (const opening of ['{"inkVersion"', '{\\"inkVersion\\"']) {
    const at = code.indexOf(opening);
    if (at < 1) continue;
    const quote = code[at - 1];
    if (quote !== '`' && quote !== '"' && quote !== "'") continue;
    for (let i = at; i < code.length; i++) {
      if (code[i] === '\\') i++;
      else if (code[i] === quote) return { start: at - 1, end: i + 1 };
    }
  }
  return null;
}

export function storySplit(entryChunk: string, storyJson: string): StorySplit {
  const literal = storyLiteral(entryChunk);
  const withoutStory = literal ? entryChunk.slice(0, literal.start) + '""' + entryChunk.slice(literal.end) : null;
  return {
    jsonRaw: Buffer.byteLength(storyJson),
    jsonGzip: gzipSize(storyJson),
    literalRaw: literal ? Buffer.byteLength(entryChunk.slice(literal.start, literal.end)) : Number.NaN,
    shareGzip: withoutStory ? gzipSize(entryChunk) - gzipSize(withoutStory) : Number.NaN,
  };
}
