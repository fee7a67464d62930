import { parseStoryTime } from './clock.ts';
import { BASES, HISTORICITIES, WEATHERS, type Basis, type Historicity, type TagEvent, type Weather } from './events.ts';
import { CONTROLS, isBridgeId, isPlaceId, isShipId, type Control } from './places.ts';
import { isPaperId, isVignetteId } from './vignettes.ts';

export type TagResult =
  { readonly ok: true; readonly event: TagEvent } | { readonly ok: false; readonly error: string };

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
const OFF = 'off';
/** A counterfactual of the history bible's section 6: Lenin, Kerensky or Junker, numbered. */
const BRANCH_PATTERN = /^[LKJ][0-9]{1,2}$/;

function fail(error: string): TagResult {
  return { ok: false, error };
}

function ok(event: TagEvent): TagResult {
  return { ok: true, event };
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function soundId(kind: 'music' | 'ambience', value: string): TagResult {
  if (value === OFF) return ok({ kind, id: null });
  return ID_PATTERN.test(value) ? ok({ kind, id: value }) : fail(`'${value}' is not a sound id`);
}

type Parser = (value: string) => TagResult;

const PARSERS: Readonly<Record<string, Parser>> = {
  title: (value) => (value ? ok({ kind: 'meta', key: 'title', value }) : fail('title needs a value')),
  author: (value) => (value ? ok({ kind: 'meta', key: 'author', value }) : fail('author needs a value')),
  chapter: (value) => (value ? ok({ kind: 'chapter', title: value }) : fail('chapter needs a title')),
  place: (value) => (isPlaceId(value) ? ok({ kind: 'place', place: value }) : fail(`unknown place '${value}'`)),
  time: (value) => {
    const time = parseStoryTime(value);
    return time ? ok({ kind: 'time', time }) : fail(`time '${value}' is not 'YYYY-MM-DD HH:MM' (Old Style)`);
  },
  weather: (value) =>
    oneOf<Weather>(WEATHERS, value)
      ? ok({ kind: 'weather', weather: value })
      : fail(`weather '${value}' is not one of ${WEATHERS.join(', ')}`),
  map: (value) => {
    const [place = '', control = '', ...rest] = value.split(/\s+/);
    if (rest.length > 0 || !isPlaceId(place)) return fail(`map needs '<place> <control>', got '${value}'`);
    if (!oneOf<Control>(CONTROLS, control)) return fail(`control '${control}' is not one of ${CONTROLS.join(', ')}`);
    return ok({ kind: 'map', place, control });
  },
  bridge: (value) => {
    const [bridge = '', state = '', ...rest] = value.split(/\s+/);
    if (rest.length > 0 || !isBridgeId(bridge)) return fail(`bridge needs '<bridge> raised|lowered', got '${value}'`);
    if (state !== 'raised' && state !== 'lowered') return fail(`bridge state '${state}' is not raised or lowered`);
    return ok({ kind: 'bridge', bridge, raised: state === 'raised' });
  },
  ship: (value) => {
    const [ship = '', place = '', ...rest] = value.split(/\s+/);
    if (rest.length > 0 || !isShipId(ship) || !isPlaceId(place))
      return fail(`ship needs '<ship> <place>', got '${value}'`);
    return ok({ kind: 'ship', ship, place });
  },
  scene: (value) => {
    if (value === 'map') return ok({ kind: 'scene', vignette: null });
    return isVignetteId(value) ? ok({ kind: 'scene', vignette: value }) : fail(`unknown scene '${value}'`);
  },
  paper: (value) => {
    const match = /^(\S+)\s+(?:(invented)\s+)?(.+)$/.exec(value);
    const paper = match?.[1] ?? value;
    if (!isPaperId(paper)) return fail(`unknown paper '${paper}'`);
    const headline = match?.[3]?.trim() ?? '';
    // `<paper> invented` with nothing after it is a missing headline, not a headline
    if (!headline || headline === 'invented')
      return fail(`paper needs '<paper> [invented] <headline>', got '${value}'`);
    return ok({ kind: 'paper', paper, headline, invented: match?.[2] === 'invented' });
  },
  telling: (value) => {
    const match = /^([a-z][a-z0-9_]*)\s+(.+)$/.exec(value);
    const id = match?.[1];
    const text = match?.[2]?.trim();
    return id && text
      ? ok({ kind: 'telling', id, text })
      : fail(`telling needs '<codex id> <what became of it in this telling>', got '${value}'`);
  },
  music: (value) => soundId('music', value),
  ambience: (value) => soundId('ambience', value),
  sfx: (value) => (ID_PATTERN.test(value) ? ok({ kind: 'sfx', id: value }) : fail(`'${value}' is not a sound id`)),
  historicity: (value) => {
    const [historicity = '', branch, ...rest] = value.split(/\s+/);
    if (!oneOf<Historicity>(HISTORICITIES, historicity))
      return fail(`historicity '${historicity}' is not one of ${HISTORICITIES.join(', ')}`);
    if (rest.length > 0 || (branch !== undefined && !BRANCH_PATTERN.test(branch)))
      return fail(`historicity takes at most a branch id like L2, K4 or J1 after it, got '${value}'`);
    return ok({ kind: 'historicity', historicity, branch: branch ?? null });
  },
  basis: (value) => {
    const [basis = '', ...rest] = value.split(/\s+/);
    if (!oneOf<Basis>(BASES, basis)) return fail(`basis '${basis}' is not one of ${BASES.join(', ')}`);
    const source = rest.join(' ').trim() || null;
    if (basis === 'quoted' && !source) return fail("a quoted basis names its source: 'quoted <who, where>'");
    return ok({ kind: 'basis', basis, source });
  },
  codex: (value) => (ID_PATTERN.test(value) ? ok({ kind: 'codex', id: value }) : fail(`'${value}' is not a codex id`)),
  ending: (value) =>
    ID_PATTERN.test(value) ? ok({ kind: 'ending', id: value }) : fail(`'${value}' is not an ending id`),
};

export const TAG_KEYS: readonly string[] = Object.keys(PARSERS);

/** Parses one ink tag, `key: value`, into a typed event. */
export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const key = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  const parser = PARSERS[key];
  if (!parser) return fail(`unknown tag '${key}' (known: ${TAG_KEYS.join(', ')})`);
  return parser(value);
}
