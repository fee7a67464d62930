/** The tables of the longer runs: CPU while reading, a playthrough, and the engine in Node. */
import type { EngineResult, Timing } from './engine.ts';
import { verdict, type Table } from './report.ts';
import type { BrowserResults } from './results.ts';
import type { CpuRun, CpuWindow, Playthrough } from './scenarios.ts';
import { kb, mb, median, ms, pct, spread } from './stats.ts';

const windowRow = (label: string, windows: readonly (CpuWindow | null)[], budget: boolean): string[] => {
  const present = windows.filter((w): w is CpuWindow => w !== null);
  const busy = median(present.map((w) => w.busyPct));
  return [
    label,
    pct(busy, 2),
    pct(median(present.map((w) => (w.scriptMs / w.wallMs) * 100)), 2),
    pct(median(present.map((w) => w.chromiumPct))),
    String(median(present.map((w) => w.stageFrames))),
    pct(median(present.map((w) => w.machinePct))),
    budget ? '≤ 2 %' : '',
    budget ? verdict(Number.isFinite(busy) ? busy <= 2 : null) : '',
    spread(
      present.map((w) => w.busyPct),
      2,
    ),
  ];
};

export function cpuTable(runs: BrowserResults, windowMs: number): Table {
  const slept = (list: readonly CpuRun[], key: 'sleptAfterMs' | 'afterChoiceSleptMs'): string =>
    spread(
      list.map((r) => (r[key] === null ? null : r[key] / 1000)),
      1,
    );
  return {
    title: `Main-thread CPU over ${windowMs / 1000} s windows (Lenin, first beat; median of runs)`,
    head: [
      'window',
      'main thread busy',
      'of which JS',
      'Chromium, all processes (% of a core)',
      'map frames',
      'machine busy (all cores)',
      'budget',
      'ok',
      'each run',
    ],
    rows: [
      windowRow(
        'Idle reading, reduced motion (map settled)',
        runs.cpuReduced.map((r) => r.idle),
        true,
      ),
      windowRow(
        'Idle reading, motion allowed (after the weather stops)',
        runs.cpuMotion.map((r) => r.idle),
        true,
      ),
      windowRow(
        'Map animating: first window after its first frame',
        runs.cpuMotion.map((r) => r.animating),
        false,
      ),
      windowRow(
        'Map animating: first window after a choice',
        runs.cpuMotion.map((r) => r.afterChoice),
        false,
      ),
    ],
    note:
      `The map's loop went to sleep ${slept(runs.cpuReduced, 'sleptAfterMs')} s after its first frame with reduced motion, ` +
      `${slept(runs.cpuMotion, 'sleptAfterMs')} s with motion allowed, and ${slept(runs.cpuMotion, 'afterChoiceSleptMs')} s after a choice (motion allowed).`,
  };
}

const timingRow = (label: string, t: Timing, budget: number | null): string[] => [
  label,
  ms(t.median, 3),
  ms(t.p95, 3),
  ms(t.max, 2),
  String(t.samples),
  budget === null ? '' : `≤ ${budget} ms`,
  budget === null ? '' : verdict(t.median <= budget),
];

export function engineTable(engine: EngineResult): Table {
  const checks = engine.storyCheckMs;
  return {
    title: `Engine in Node (${engine.paths.length} playthroughs × ${engine.repetitions} repetitions, after one warm-up pass)`,
    head: ['step', 'median', 'p95', 'max', 'samples', 'budget (median)', 'ok'],
    rows: [
      timingRow('Choice + continue to the next choice (narrator.choose)', engine.choose, 2),
      timingRow('A whole click in the director (load state, choose, save state, reduce)', engine.click, null),
      timingRow('Save (createSave + serializeSave)', engine.save, 2),
      timingRow('Load (readSave + narrator.loadState)', engine.load, 10),
      timingRow('Story start (new Narrator + start a role)', engine.storyLoad, null),
      [
        `Story check (compile, lint, walk every path)${engine.storyCheckClean ? '' : ' — FAILED'}`,
        ms(median(checks)),
        '',
        ms(Math.max(...checks)),
        String(checks.length),
        '',
        '',
      ],
      ['Save size (median / largest)', kb(engine.saveBytes.median), '', kb(engine.saveBytes.max), '', '', ''],
    ],
    note: `Paths per role: ${engine.paths.map((p) => `${p.role} ${p.label} (${p.choices})`).join(', ')}.`,
  };
}

export function playTable(play: Playthrough | null): Table {
  const files = (list: readonly string[]): string => list.join(', ') || 'none';
  return {
    title: 'A playthrough in the browser (Lenin, motion allowed, always the first choice)',
    head: ['measure', 'value'],
    rows: play
      ? [
          ['Choices to the ending', String(play.choices)],
          ['Pace in the first minute', `one choice every ${play.paceMs / 1000} s`],
          ['JS heap after the first beat (after GC)', mb(play.heapFirstBeat)],
          ['JS heap after the ending (after GC)', mb(play.heapEnd)],
          [
            'Audio fetched in the first minute',
            `${kb(play.audioFirstMinute.bytes)}: ${files(play.audioFirstMinute.files)}`,
          ],
          ['Audio fetched over the chapter', `${kb(play.audioTotal.bytes)}: ${files(play.audioTotal.files)}`],
        ]
      : [['(not run)', '']],
  };
}
