import type { KeyValueStore } from '../platform/storage.ts';

export const SETTINGS_KEY = 'petrograd1917.settings';

/** Text size in percent of the normal size (the whole interface scales with it, as with the browser's zoom). */
export const TEXT_SIZES = [90, 100, 125, 150, 200] as const;
export const LINE_SPACINGS = ['normal', 'relaxed', 'loose'] as const;
/** period = Old Standard TT, legible = Atkinson Hyperlegible, dyslexic = OpenDyslexic. */
export const TYPEFACES = ['period', 'legible', 'dyslexic'] as const;
export const THEMES = ['paper', 'night', 'contrast'] as const;
export const REVEALS = ['instant', 'paced'] as const;
/** system follows the device's prefers-reduced-motion; on reduces motion; off never does. */
export const REDUCED_MOTIONS = ['system', 'on', 'off'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type LineSpacing = (typeof LINE_SPACINGS)[number];
export type Typeface = (typeof TYPEFACES)[number];
export type Theme = (typeof THEMES)[number];
export type Reveal = (typeof REVEALS)[number];
export type ReducedMotion = (typeof REDUCED_MOTIONS)[number];

export interface Settings {
  readonly muted: boolean;
  readonly textSize: TextSize;
  readonly lineSpacing: LineSpacing;
  readonly typeface: Typeface;
  readonly theme: Theme;
  readonly reveal: Reveal;
  readonly reducedMotion: ReducedMotion;
  /** Volumes in percent, 0–100. */
  readonly masterVolume: number;
  readonly musicVolume: number;
  readonly ambienceVolume: number;
  readonly effectsVolume: number;
  readonly captions: boolean;
  /** The record beside the story: a mark on each passage saying how it stands to the record (off for immersion). */
  readonly recordMarks: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  muted: false,
  textSize: 100,
  lineSpacing: 'normal',
  typeface: 'legible',
  theme: 'paper',
  reveal: 'instant',
  reducedMotion: 'system',
  masterVolume: 100,
  musicVolume: 100,
  ambienceVolume: 100,
  effectsVolume: 100,
  captions: true,
  recordMarks: true,
};

/*
 * Checked by hand rather than with zod (which the saves and club files use): this module runs before
 * the title's first paint, and setting up zod's schemas cost about 10 ms of it on a school laptop
 * (issue 19's trace of the first paint). The rules are one line per field.
 */
const oneOf =
  <T>(allowed: readonly T[]) =>
  (value: unknown): value is T =>
    (allowed as readonly unknown[]).includes(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isVolume = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;

/** Each field falls back to its default on its own: one bad value never costs the player the others. */
function field<K extends keyof Settings>(
  record: Record<string, unknown>,
  key: K,
  valid: (value: unknown) => value is Settings[K],
): Settings[K] {
  const value = record[key];
  return valid(value) ? value : DEFAULT_SETTINGS[key];
}

/** Reads settings from anything (stored JSON, a change): every missing or invalid field takes its default. */
export function parseSettings(value: unknown): Settings {
  const record: Record<string, unknown> = typeof value === 'object' && value !== null ? { ...value } : {};
  const effectsVolume = field(record, 'effectsVolume', isVolume);
  return {
    muted: field(record, 'muted', isBoolean),
    textSize: field(record, 'textSize', oneOf(TEXT_SIZES)),
    lineSpacing: field(record, 'lineSpacing', oneOf(LINE_SPACINGS)),
    typeface: field(record, 'typeface', oneOf(TYPEFACES)),
    theme: field(record, 'theme', oneOf(THEMES)),
    reveal: field(record, 'reveal', oneOf(REVEALS)),
    reducedMotion: field(record, 'reducedMotion', oneOf(REDUCED_MOTIONS)),
    masterVolume: field(record, 'masterVolume', isVolume),
    musicVolume: field(record, 'musicVolume', isVolume),
    // a save from before the ambience had its own slider: the beds keep following the effects volume
    ambienceVolume: isVolume(record['ambienceVolume']) ? record['ambienceVolume'] : effectsVolume,
    effectsVolume,
    captions: field(record, 'captions', isBoolean),
    recordMarks: field(record, 'recordMarks', isBoolean),
  };
}

export type SettingsListener = (settings: Settings) => void;

export interface SettingsStore {
  get(): Settings;
  /** Applies and remembers a change; listeners hear the new settings. */
  update(change: Partial<Settings>): void;
  /** Listens for changes; returns the way to stop listening. */
  subscribe(listener: SettingsListener): () => void;
}

/** The player's settings, remembered between visits where storage allows (kept for this visit where not). */
export function createSettings(store: KeyValueStore): SettingsStore {
  let current = read(store);
  const listeners = new Set<SettingsListener>();
  return {
    get: () => current,
    update(change) {
      current = parseSettings({ ...current, ...change });
      store.set(SETTINGS_KEY, JSON.stringify(current));
      for (const listener of [...listeners]) listener(current);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

function read(store: KeyValueStore): Settings {
  try {
    return parseSettings(JSON.parse(store.get(SETTINGS_KEY) ?? '{}'));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Whether motion is reduced, given the setting and the device's own preference. */
export function isMotionReduced(setting: ReducedMotion, systemPrefersReduced: boolean): boolean {
  return setting === 'system' ? systemPrefersReduced : setting === 'on';
}

/** The volumes as gains (0–1) for the audio presenter. */
export function volumesOf(settings: Settings): { master: number; music: number; ambience: number; effects: number } {
  return {
    master: settings.masterVolume / 100,
    music: settings.musicVolume / 100,
    ambience: settings.ambienceVolume / 100,
    effects: settings.effectsVolume / 100,
  };
}
