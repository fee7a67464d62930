/**
 * The engine in Node, without a browser: the same core the director drives on every click, timed
 * over whole playthroughs of each role; and the story check the writers run.
 */
import { createHash } from 'node:crypto';
import { seeded } from '../../src/core/random.ts';
import { resolve } from 'node:path';
import { compileInk } from '../ink/compile.ts';
import { checkStory, isClean } from '../story/check.ts';
import { Narrator } from '../../src/core/narrator.ts';
import { ROLES, type Role } from '../../src/core/roles.ts';
import { createSave, readSave, serializeSave } from '../../src/core/save-file.ts';
import { newSession, reduceBeat, type Session } from '../../src/core/session.ts';
import type { ChoiceOption } from '../../src/core/events.ts';
import { median, p95 } from './stats.ts';

export interface Timing {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly samples: number;
}

export interface EngineResult {
  /** Playthroughs timed per repetition: the first choice each time, plus seeded random ones, per role. */
  readonly paths: { readonly role: Role; readonly label: string; readonly choices: number }[];
  readonly repetitions: number;
  /** `new Narrator(story)`: what the page pays once at start. */
  readonly storyLoad: Timing;
  /** narrator.choose(i): ChooseChoiceIndex, then Continue() line by line to the next choice, tags parsed. */
  readonly choose: Timing;
  /** All the director does on a click before publishing: loadState, choose, saveState, reduceBeat. */
  readonly click: Timing;
  /** The autosave: createSave + serializeSave (JSON of the whole session; localStorage not included). */
  readonly save: Timing;
  /** Reading that save back: readSave (JSON.parse + schema) + narrator.loadState. */
  readonly load: Timing;
  readonly saveBytes: { readonly median: number; readonly max: number };
  /** checkStory() (compile, lint, walk every path), each run. */
  readonly storyCheckMs: readonly number[];
  readonly storyCheckClean: boolean;
}

const timing = (values: readonly number[]): Timing => ({
  median: median(values),
  p95: p95(values),
  max: Math.max(...values),
  samples: values.length,
});

type Picker = (choices: readonly ChoiceOption[]) => ChoiceOption | undefined;

interface Samples {
  choose: number[];
  click: number[];
  save: number[];
  load: number[];
  saveBytes: number[];
}

/** One playthrough, exactly as the director runs it, with each step timed. Returns the choices made. */
function play(story: Record<string, unknown>, hash: string, role: Role, pick: Picker, out: Samples | null): number {
  const narrator = new Narrator(story);
  let session: Session = reduceBeat(newSession(role), narrator.start(role), narrator.saveState()).session;
  let steps = 0;
  const now = new Date();
  for (; steps < 1000; steps++) {
    const chosen = pick(session.choices);
    if (!chosen) break;
    const t0 = performance.now();
    narrator.loadState(session.inkState);
    const t1 = performance.now();
    const beat = narrator.choose(chosen.index);
    const t2 = performance.now();
    session = reduceBeat(session, beat, narrator.saveState(), chosen).session;
    const t3 = performance.now();
    const text = serializeSave(createSave(session, hash, now));
    const t4 = performance.now();
    const read = readSave(text, hash);
    if (!read.ok) throw new Error(`a fresh save did not read back: ${read.reason}`);
    narrator.loadState(read.save.session.inkState);
    const t5 = performance.now();
    if (out) {
      out.choose.push(t2 - t1);
      out.click.push(t3 - t0);
      out.save.push(t4 - t3);
      out.load.push(t5 - t4);
      out.saveBytes.push(Buffer.byteLength(text));
    }
  }
  return steps;
}

export function benchEngine(options: { repetitions: number; randomPaths: number; checkRuns: number }): EngineResult {
  const entry = resolve('story/main.ink');
  const compiled = compileInk(entry);
  if (!compiled.json) throw new Error('the story does not compile: run `npm run story -- check`');
  const json = compiled.json;
  const story = JSON.parse(json) as Record<string, unknown>;
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);

  const pickers: { role: Role; label: string; pick: () => Picker }[] = [];
  for (const role of ROLES) {
    pickers.push({ role, label: 'first choice', pick: () => (choices) => choices[0] });
    for (let n = 1; n <= options.randomPaths; n++) {
      pickers.push({
        role,
        label: `random #${n}`,
        pick: () => {
          const random = seeded(n * 7919);
          return (choices) => choices[Math.floor(random() * choices.length)];
        },
      });
    }
  }

  const loads: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    new Narrator(story).start('lenin');
    loads.push(performance.now() - t0);
  }

  // warm up the JIT on every path once, untimed, as a page would after its first few clicks
  const paths = pickers.map(({ role, label, pick }) => ({
    role,
    label,
    choices: play(story, hash, role, pick(), null),
  }));
  const samples: Samples = { choose: [], click: [], save: [], load: [], saveBytes: [] };
  for (let rep = 0; rep < options.repetitions; rep++) {
    for (const { role, pick } of pickers) play(story, hash, role, pick(), samples);
  }

  const storyCheckMs: number[] = [];
  let clean = true;
  for (let i = 0; i < options.checkRuns; i++) {
    const t0 = performance.now();
    const check = checkStory(entry, resolve('assets/audio/manifest.json'), true);
    storyCheckMs.push(performance.now() - t0);
    clean &&= isClean(check);
  }

  return {
    paths,
    repetitions: options.repetitions,
    storyLoad: timing(loads.slice(5)),
    choose: timing(samples.choose),
    click: timing(samples.click),
    save: timing(samples.save),
    load: timing(samples.load),
    saveBytes: { median: median(samples.saveBytes), max: Math.max(...samples.saveBytes) },
    storyCheckMs,
    storyCheckClean: clean,
  };
}
