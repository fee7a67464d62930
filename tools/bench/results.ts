/** Turns the measurements into the tables the benchmark prints, each budget beside its number. */
import type { ColdLoad, Resource, Snapshot } from './browser.ts';
import { verdict, type Table } from './report.ts';
import type { CpuRun, Playthrough } from './scenarios.ts';
import { isStoryChunk, type Chunk, type StorySplit } from './sizes.ts';
import { kb, mb, medianOf, ms, ratio, spread } from './stats.ts';

export interface Sizes {
  readonly game: readonly Chunk[];
  readonly baseline: readonly Chunk[];
  readonly baselineSplit: StorySplit;
}

export interface BrowserResults {
  readonly gameLoads: readonly ColdLoad[];
  /** The baseline from the story's top: its opening question and the three roles. */
  readonly openingLoads: readonly ColdLoad[];
  /** The baseline at Lenin's knot: the first beat of his chapter. */
  readonly baselineLoads: readonly ColdLoad[];
  readonly cpuReduced: readonly CpuRun[];
  readonly cpuMotion: readonly CpuRun[];
  readonly play: Playthrough | null;
}

const KB = 1024;
/** When the element was on screen: its Element Timing entry, else the frame that painted it. */
const shown = (shot: Snapshot, name: string): number | undefined => shot.marks[`${name}Shown`] ?? shot.marks[name];
const path = (resource: Resource): string => new URL(resource.name).pathname.replace(/^\//, '');
const isJs = (resource: Resource): boolean => path(resource).endsWith('.js');

/** JS whose response had fully arrived by `time` (page clock); `story` is the part of it that is story chunks. */
function jsBy(
  shot: Snapshot,
  time: number | undefined,
): { encoded: number; decoded: number; story: number; files: string[] } {
  const js = shot.resources.filter((r) => isJs(r) && r.end > 0 && time !== undefined && r.end <= time);
  return {
    encoded: js.reduce((sum, r) => sum + r.encoded, 0),
    decoded: js.reduce((sum, r) => sum + r.decoded, 0),
    story: js.filter((r) => isStoryChunk(path(r))).reduce((sum, r) => sum + r.encoded, 0),
    files: js.map(path),
  };
}

type Unit = 'ms' | 'KB' | 'MB';
const UNITS: Record<Unit, { scale: number; digits: number; show: (value: number) => string }> = {
  ms: { scale: 1, digits: 0, show: (value) => ms(value) },
  KB: { scale: KB, digits: 1, show: (value) => kb(value) },
  MB: { scale: KB * KB, digits: 1, show: (value) => mb(value) },
};

function row(
  label: string,
  game: readonly (number | null | undefined)[],
  base: readonly (number | null | undefined)[] | null,
  unit: Unit,
  budget?: { text: string; limit: number; of: 'game' | 'ratio' },
): string[] {
  const { scale, digits, show } = UNITS[unit];
  const g = medianOf(game);
  const b = base ? medianOf(base) : Number.NaN;
  const measured = budget?.of === 'ratio' ? g / b : g;
  const each = (values: readonly (number | null | undefined)[]): string =>
    spread(
      values.map((value) => (value == null ? value : value / scale)),
      digits,
    );
  return [
    label,
    show(g),
    base ? show(b) : '',
    base ? ratio(g / b) : '',
    budget?.text ?? '',
    budget ? verdict(Number.isFinite(measured) ? measured <= budget.limit : null) : '',
    base ? `${each(game)} | ${each(base)}` : each(game),
  ];
}

export function loadTables(runs: BrowserResults, sizes: Sizes): Table[] {
  const game = runs.gameLoads.map((load) => load.snapshot);
  const base = runs.baselineLoads.map((load) => load.snapshot);
  const at = (shots: readonly Snapshot[], name: string): (number | undefined)[] => shots.map((s) => shown(s, name));
  const head = ['measure', 'game', 'baseline', 'game ÷ baseline', 'budget', 'ok', 'each load: game | baseline'];
  const basePassage = at(base, 'passage');
  const opening = runs.openingLoads.map((load) => load.snapshot);
  const timing: Table = {
    title: `Page load: median of ${game.length} cold loads each (ms from navigation start)`,
    head,
    rows: [
      row(
        'First contentful paint',
        game.map((s) => s.fcp),
        base.map((s) => s.fcp),
        'ms',
      ),
      row(
        '(a) The story’s first paragraph: the opening question on screen',
        at(game, 'question'),
        at(opening, 'passage'),
        'ms',
        {
          text: '≤ 1.2×',
          limit: 1.2,
          of: 'ratio',
        },
      ),
      row('(a) The story’s first choice clickable: a role card', at(game, 'card'), at(opening, 'choice'), 'ms', {
        text: '≤ 1.3×',
        limit: 1.3,
        of: 'ratio',
      }),
      row('(a) Title screen: its heading (h1) on screen', at(game, 'title'), null, 'ms'),
      row('(b) Lenin’s first paragraph on screen', at(game, 'passage'), basePassage, 'ms'),
      row('(b) Lenin’s first choice clickable', at(game, 'choice'), at(base, 'choice'), 'ms'),
      row(
        '(b) of which: click on the card → first paragraph',
        game.map((s) => (shown(s, 'passage') ?? Number.NaN) - (s.marks['click'] ?? Number.NaN)),
        null,
        'ms',
      ),
      row(
        'Phaser chunk fetched',
        game.map((s) => s.resources.find((r) => /(^|\/)game-[^/]*\.js$/.test(path(r)))?.end),
        null,
        'ms',
      ),
      row(
        'Map: first draw to the canvas (blank sheet)',
        game.map((s) => s.stage.firstDraw),
        null,
        'ms',
      ),
      row(
        'Map: first frame showing the map',
        game.map((s) => s.stage.firstFrame),
        null,
        'ms',
      ),
      row(
        'JS heap after the first beat (after GC)',
        runs.gameLoads.map((l) => l.heap),
        runs.baselineLoads.map((l) => l.heap),
        'MB',
      ),
    ],
    note:
      '(a) is the story’s opening — the question “Whose October will you live?” and its three roles, which the game asks on its title screen — against the baseline run from the story’s top; ' +
      '(b) adds a scripted click on Lenin’s card the moment it is on screen, against the baseline started at Lenin’s knot. ' +
      `Cross-check of the map probe: the first frame it accepted held ${spread(game.map((s) => s.stage.firstFrameColours))} ` +
      `colours along its two centre lines (a blank sheet: ${spread(game.map((s) => s.stage.colourLog[0]?.[1]))}); ` +
      `a screenshot of the canvas right after it showed ${runs.gameLoads[0]?.screenshotColours ?? 'n/a'} colours (the e2e map test wants > 20).`,
  };

  const before = (shots: readonly Snapshot[]) => shots.map((s) => jsBy(s, shown(s, 'passage')));
  const gameBefore = before(game);
  const baseBefore = before(base);
  const storyChunks = sizes.game.filter((chunk) => isStoryChunk(chunk.file));
  const total = (chunks: readonly Chunk[]): number => chunks.reduce((sum, c) => sum + c.gzip, 0);
  const played = runs.play?.snapshot;
  const playedJs = played ? played.resources.filter(isJs).reduce((sum, r) => sum + r.encoded, 0) : Number.NaN;
  const weights: Table = {
    title: 'Bytes (KB = 1024 bytes; gzip as vite preview sends it, zlib default level)',
    head,
    rows: [
      row(
        'JS before the first paragraph, as sent',
        gameBefore.map((b) => b.encoded),
        baseBefore.map((b) => b.encoded),
        'KB',
      ),
      row(
        'JS before the first paragraph, raw',
        gameBefore.map((b) => b.decoded),
        baseBefore.map((b) => b.decoded),
        'KB',
      ),
      row(
        '  of which story data (the game: its role’s story chunk; the baseline: the whole story in its chunk)',
        gameBefore.map((b) => b.story),
        [sizes.baselineSplit.shareGzip],
        'KB',
        { text: '≤ 150 KB', limit: 150 * KB, of: 'game' },
      ),
      row(
        '  JS before the first paragraph without story data',
        gameBefore.map((b) => b.encoded - b.story),
        baseBefore.map((b) => b.encoded - sizes.baselineSplit.shareGzip),
        'KB',
        { text: '≤ 80 KB', limit: 80 * KB, of: 'game' },
      ),
      row('The whole story compiled, as JSON (raw)', [sizes.baselineSplit.jsonRaw], null, 'KB'),
      row('The whole story compiled, as JSON (gzip)', [sizes.baselineSplit.jsonGzip], null, 'KB'),
      row(
        'Each role’s story chunk, gzip: ' + storyChunks.map((c) => c.file.replace(/^assets\//, '')).join(', '),
        storyChunks.map((c) => c.gzip),
        null,
        'KB',
      ),
      row(
        'Total JS in the build, gzip (every chunk and the service worker)',
        [total(sizes.game)],
        [total(sizes.baseline)],
        'KB',
        {
          text: '≤ 500 KB',
          limit: 500 * KB,
          of: 'game',
        },
      ),
      row('JS fetched over a whole playthrough, as sent', [playedJs], null, 'KB'),
      row('Audio fetched in the first minute of play', [runs.play?.audioFirstMinute.bytes], null, 'KB'),
      row('Audio fetched over the whole chapter', [runs.play?.audioTotal.bytes], null, 'KB'),
    ],
    note:
      `Files fetched before the first paragraph (first load): ${gameBefore[0]?.files.join(', ') ?? 'n/a'}. ` +
      `Audio in the first minute: ${runs.play?.audioFirstMinute.files.join(', ') ?? 'n/a'}.`,
  };
  return [timing, weights];
}

export function chunkTable(sizes: Sizes, runs: BrowserResults): Table {
  const game = runs.gameLoads.map((load) => load.snapshot);
  const when = (file: string): string => {
    const before = game.filter((s) => jsBy(s, shown(s, 'passage')).files.includes(file)).length;
    const fetched = runs.play?.snapshot.resources.find((r) => path(r) === file);
    const ends = game.map((s) => s.resources.find((r) => path(r) === file)?.end);
    const loaded = medianOf(ends);
    const parts = [`before the first paragraph in ${before}/${game.length} loads`];
    if (Number.isFinite(loaded)) parts.push(`arrived at ${ms(loaded)} (median)`);
    else if (!fetched) parts.push('not fetched in a playthrough');
    return parts.join('; ');
  };
  const rows = [
    ...sizes.game.map((c) => [c.file, kb(c.raw), kb(c.gzip), when(c.file)]),
    ...sizes.baseline.map((c) => [c.file, kb(c.raw), kb(c.gzip), 'baseline page']),
  ];
  return { title: 'JavaScript chunks', head: ['chunk', 'raw', 'gzip', 'when it is fetched (game)'], rows };
}
