/** The inks and papers of the sheet, shared by the canvas cartography and the Phaser layers. */
export const INK = {
  paper: '#e9dcbc',
  desk: '#231b14',
  ink: '#3a2a1c',
  inkSoft: 'rgba(58, 42, 28, 0.55)',
  hatch: 'rgba(92, 64, 38, 0.30)',
  street: '#f1e6c9',
  park: '#c9c294',
  parkInk: 'rgba(78, 88, 48, 0.55)',
  ground: '#e2d3a6',
  water: '#a9bdb9',
  waterDeep: '#93aeb0',
  waterLine: '#2f5468',
  palace: '#7b2e24',
  building: '#8a6a4a',
  red: '#a3271d',
  government: '#4d6a86',
  route: '#8c2a1c',
} as const;

/** The same colours as numbers, for Phaser. */
export function hex(css: string): number {
  return Number.parseInt(css.slice(1, 7), 16);
}

export const FONT = '"Old Standard TT", Georgia, "Times New Roman", serif';

/** Characters the map draws, so the browser fetches every subset of the face (ѣ lives in cyrillic-ext). */
export const FONT_SAMPLE = 'ПЕТРОГРАДЪ Петроградъ ВАСИЛЬЕВСКІЙ Сѣверъ Petrograd 1917 ’·—';
