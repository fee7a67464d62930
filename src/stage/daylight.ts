/**
 * How light it is over Petrograd at a story time: the sun's altitude from the NOAA approximations,
 * read on the clocks of 1917 (Petrograd mean time, UTC+2:01, plus the summer hour the Provisional
 * Government added on 1 July and Sovnarkom removed on 27 December). On 25 October this gives sunset
 * at about 16:50 and the end of civil dusk at about 17:35, as in the history bible.
 */
import { toNewStyle, type StoryTime } from '../core/clock.ts';

const LATITUDE = 59.94;
const LONGITUDE = 30.31;
const RAD = Math.PI / 180;

export type Phase = 'day' | 'dusk' | 'night' | 'dawn';

export interface Light {
  readonly phase: Phase;
  /** 0 in daylight, 1 in full night. */
  readonly darkness: number;
  /** 0..1: the low-sun glow around sunrise and sunset. */
  readonly warmth: number;
  readonly altitude: number;
}

/** The decrees are dated Old Style, as the story's times are. */
function clockOffsetHours(os: StoryTime): number {
  const summer = os.year === 1917 && os.month >= 7 && !(os.month === 12 && os.day >= 27);
  return 2 + 1 / 60 + (summer ? 1 : 0);
}

function dayOfYear(ns: StoryTime): number {
  return (Date.UTC(ns.year, ns.month - 1, ns.day) - Date.UTC(ns.year, 0, 1)) / 86_400_000 + 1;
}

/** The sun's altitude above the horizon in degrees (negative below it). */
export function sunAltitude(time: StoryTime): number {
  const ns = toNewStyle(time);
  const utcMinutes = (time.hour - clockOffsetHours(time)) * 60 + time.minute;
  const gamma = ((2 * Math.PI) / 365) * (dayOfYear(ns) - 1 + (utcMinutes / 60 - 12) / 24);
  const eqTime =
    229.18 *
    (0.000075 +
      0.001868 * Math.cos(gamma) -
      0.032077 * Math.sin(gamma) -
      0.014615 * Math.cos(2 * gamma) -
      0.040849 * Math.sin(2 * gamma));
  const decl =
    0.006918 -
    0.399912 * Math.cos(gamma) +
    0.070257 * Math.sin(gamma) -
    0.006758 * Math.cos(2 * gamma) +
    0.000907 * Math.sin(2 * gamma) -
    0.002697 * Math.cos(3 * gamma) +
    0.00148 * Math.sin(3 * gamma);
  const trueSolarMinutes = utcMinutes + eqTime + 4 * LONGITUDE;
  const hourAngle = (trueSolarMinutes / 4 - 180) * RAD;
  const lat = LATITUDE * RAD;
  const cosZenith = Math.sin(lat) * Math.sin(decl) + Math.cos(lat) * Math.cos(decl) * Math.cos(hourAngle);
  return 90 - Math.acos(Math.max(-1, Math.min(1, cosZenith))) / RAD;
}

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/** Daylight until the sun is 2° up, night once it is 8° down; the glow peaks as it touches the horizon. */
export function lightAt(time: StoryTime | null): Light {
  if (!time) return { phase: 'day', darkness: 0, warmth: 0, altitude: 20 };
  const altitude = sunAltitude(time);
  const darkness = smoothstep(2, -8, altitude);
  const warmth = Math.max(0, 1 - Math.abs(altitude - 0.5) / 5.5);
  const phase: Phase = altitude > 2 ? 'day' : altitude <= -8 ? 'night' : time.hour >= 12 ? 'dusk' : 'dawn';
  return { phase, darkness, warmth, altitude };
}
