/**
 * Each role's story has its own look, so a glance tells whose it is: the toning of its
 * photographs (warm sepia for Lenin's underground, cold selenium grey for the government, olive for
 * the cadet), the card they are mounted on, and the colour and name on the frame round the map.
 */
import type { Role } from '../../core/roles.ts';

export type Rgb = readonly [number, number, number];

export interface Look {
  /** The print's darkest and lightest tones: every photograph is gradient-mapped between them. */
  readonly shadow: Rgb;
  readonly highlight: Rgb;
  /** How much of a scene's own colour survives the toning, as on a hand-tinted print. */
  readonly tint: number;
  /** The mount the print is pasted on, and its ruled line. */
  readonly mount: string;
  readonly mountRule: string;
  /** The desk round the print and the frame round the map. */
  readonly desk: string;
  readonly frame: string;
  readonly frameLight: string;
  /** The name on the frame's tab: in the spelling of 1917, then in English. */
  readonly russian: string;
  readonly english: string;
}

export const LOOKS: Record<Role | 'none', Look> = {
  lenin: {
    shadow: [40, 20, 14],
    highlight: [247, 228, 198],
    tint: 0.22,
    mount: '#d9c7a4',
    mountRule: '#8c2a1c',
    desk: '#2a1712',
    frame: '#8c2a1c',
    frameLight: '#d9a48e',
    russian: 'Ленинъ',
    english: 'Lenin',
  },
  kerensky: {
    shadow: [22, 26, 34],
    highlight: [234, 234, 228],
    tint: 0.16,
    mount: '#c9ccc8',
    mountRule: '#3d566e',
    desk: '#161b22',
    frame: '#3d566e',
    frameLight: '#a9bccd',
    russian: 'Керенскій',
    english: 'Kerensky',
  },
  junker: {
    shadow: [26, 28, 17],
    highlight: [238, 232, 206],
    tint: 0.18,
    mount: '#cfc8a6',
    mountRule: '#4b5a2e',
    desk: '#1a1c12',
    frame: '#4b5a2e',
    frameLight: '#c8c79a',
    russian: 'Юнкеръ',
    english: 'The cadet',
  },
  none: {
    shadow: [36, 26, 18],
    highlight: [244, 232, 206],
    tint: 0.2,
    mount: '#d8cba9',
    mountRule: '#3a2a1c',
    desk: '#231b14',
    frame: '#3a2a1c',
    frameLight: '#cbb48e',
    russian: 'Петроградъ',
    english: 'Petrograd',
  },
};

export function lookOf(role: Role | null): Look {
  return LOOKS[role ?? 'none'];
}
