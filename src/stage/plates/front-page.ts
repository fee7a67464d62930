/**
 * A chapter's opening as the paper that morning: masthead in the spelling of the time, the line of
 * the paper's owners, the date in both calendars, the headline, and columns of close type. A
 * telegram is a printed form with the message pasted on in strips of tape.
 */
import { formatDate, toNewStyle, weekday, type StoryTime } from '../../core/clock.ts';
import { seeded } from '../../core/random.ts';
import { INVENTED_FRONT, type FrontPage } from '../../core/scene.ts';
import { PAPERS, type PaperId } from '../../core/vignettes.ts';
import { makeCanvas } from '../cartography/shapes.ts';
import { FONT } from '../palette.ts';
import { develop } from './develop.ts';
import type { Look } from './look.ts';

interface Masthead {
  readonly title: string;
  readonly organ: string;
}

/** The titles as they stood over the paper; the line beneath says whose paper it was. */
const MASTHEADS: Record<Exclude<PaperId, 'telegram'>, Masthead> = {
  rabochii_put: { title: 'РАБОЧІЙ ПУТЬ', organ: 'Центральный органъ Р.С.-Д.Р.П.' },
  izvestia: {
    title: 'ИЗВѢСТІЯ',
    organ: 'Центральнаго Исполнительнаго Комитета и Петроградскаго Совѣта Рабочихъ и Солдатскихъ Депутатовъ',
  },
  novaya_zhizn: { title: 'НОВАЯ ЖИЗНЬ', organ: 'Ежедневная газета' },
  den: { title: 'ДЕНЬ', organ: 'Ежедневная газета' },
  rech: { title: 'РѢЧЬ', organ: 'Ежедневная газета' },
  delo_naroda: { title: 'ДѢЛО НАРОДА', organ: 'Ежедневная газета' },
};

/** "Wednesday 25 October 1917 (O.S.) · 7 November 1917 (N.S.)" */
export function paperDate(time: StoryTime): string {
  return `${weekday(time)} ${formatDate(time)} (O.S.) · ${formatDate(toNewStyle(time))} (N.S.)`;
}

/** Breaks `text` into lines no wider than `width` at the context's current font. */
export function wrap(measure: (text: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest size (down to `min`) at which `text` fits in `maxLines` lines of `width`. */
export function fitHeadline(
  measureAt: (text: string, size: number) => number,
  text: string,
  width: number,
  maxLines: number,
  max: number,
  min: number,
): { size: number; lines: string[] } {
  for (let size = max; size > min; size -= 2) {
    const lines = wrap((t) => measureAt(t, size), text, width);
    if (lines.length <= maxLines && lines.every((l) => measureAt(l, size) <= width)) return { size, lines };
  }
  return { size: min, lines: wrap((t) => measureAt(t, min), text, width) };
}

/** Paints the front page at `width` x `height` board units (the page's shape follows the room left for it). */
export function paintFrontPage(
  front: FrontPage,
  time: StoryTime | null,
  look: Look,
  width: number,
  height: number,
): HTMLCanvasElement {
  const { canvas, ctx } = makeCanvas(width, height);
  const random = seeded(front.headline.length * 7919 + width);
  const u = Math.min(width / 1000, height / 700);
  const textEnds =
    front.paper === 'telegram'
      ? telegram(ctx, front, time, width, height, u, random)
      : newspaper(ctx, front, MASTHEADS[front.paper], time, width, height, u, random);
  develop(ctx, width, height, { ...look, tint: 0.05 }, front.headline.length);
  // after developing: the mark is ours, stamped on the print, not part of the period page
  if (front.invented) inventedMark(ctx, width, height, u, textEnds);
  return canvas;
}

/** The words of the invented mark, split where the stamp breaks its lines: "INVENTED" over the rest. */
export function inventedStampLines(): [string, string] {
  const [head = INVENTED_FRONT, tail = ''] = INVENTED_FRONT.split(' — ');
  return [head.toUpperCase(), tail];
}

/**
 * An issue that never appeared: a band across the foot of the page and a rubber stamp over its
 * columns, in a red no period page was printed in. The stamp sits just under the headline (never over
 * it or the masthead, both ending at `textEnds`): lower down, the sound captions that float over the
 * foot of the map on a wide screen could hide it.
 */
function inventedMark(ctx: CanvasRenderingContext2D, w: number, h: number, u: number, textEnds: number): void {
  const red = '#a3201b';
  const bandH = Math.max(24, 58 * u);
  ctx.save();
  ctx.fillStyle = red;
  ctx.fillRect(0, h - bandH, w, bandH);
  ctx.fillStyle = '#fbf4e4';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  let size = Math.round(bandH * 0.5);
  ctx.font = `bold ${size}px ${FONT}`;
  while (size > 8 && ctx.measureText(INVENTED_FRONT).width > w * 0.94) {
    size -= 1;
    ctx.font = `bold ${size}px ${FONT}`;
  }
  ctx.fillText(INVENTED_FRONT, w / 2, h - bandH / 2);
  // the stamp: a double-ruled box, tilted, over the lower columns
  const [head, tail] = inventedStampLines();
  const headSize = Math.round(58 * u);
  const tailSize = Math.round(26 * u);
  ctx.font = `italic ${tailSize}px ${FONT}`;
  const tailW = ctx.measureText(tail).width;
  ctx.font = `bold ${headSize}px ${FONT}`;
  const boxW = Math.min(w * 0.8, Math.max(ctx.measureText(head).width, tailW) + 60 * u);
  const boxH = headSize + tailSize + 44 * u;
  ctx.translate(w * 0.62, Math.min(textEnds + boxH * 0.8, h - bandH - boxH * 0.9));
  ctx.rotate(-0.14);
  // the stamp's ink takes where the type is thin: a pale ground keeps its words readable over the columns
  ctx.fillStyle = 'rgba(236, 228, 208, 0.85)';
  ctx.fillRect(-boxW / 2, -boxH / 2, boxW, boxH);
  ctx.globalAlpha = 0.9;
  ctx.strokeStyle = red;
  ctx.lineWidth = 5 * u;
  ctx.strokeRect(-boxW / 2, -boxH / 2, boxW, boxH);
  ctx.lineWidth = 1.6 * u;
  ctx.strokeRect(-boxW / 2 + 8 * u, -boxH / 2 + 8 * u, boxW - 16 * u, boxH - 16 * u);
  ctx.fillStyle = red;
  ctx.fillText(head, 0, -tailSize * 0.6, boxW - 30 * u);
  ctx.font = `italic ${tailSize}px ${FONT}`;
  ctx.fillText(tail, 0, headSize * 0.55, boxW - 30 * u);
  ctx.restore();
}

function newspaper(
  ctx: CanvasRenderingContext2D,
  front: FrontPage,
  head: Masthead,
  time: StoryTime | null,
  w: number,
  h: number,
  u: number,
  random: () => number,
): number {
  ctx.fillStyle = '#ece4d0';
  ctx.fillRect(0, 0, w, h);
  const m = 28 * u;
  const ink = '#1d1a16';
  ctx.fillStyle = ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  let y = m + 86 * u;
  ctx.font = `bold ${Math.round(92 * u)}px ${FONT}`;
  const titleWidth = ctx.measureText(head.title).width;
  if (titleWidth > w - 2 * m) ctx.font = `bold ${Math.round((92 * u * (w - 2 * m)) / titleWidth)}px ${FONT}`;
  ctx.fillText(head.title, w / 2, y);
  y += 30 * u;
  ctx.font = `${Math.round(17 * u)}px ${FONT}`;
  for (const line of wrap((t) => ctx.measureText(t).width, head.organ, w - 2 * m).slice(0, 2)) {
    ctx.fillText(line, w / 2, y);
    y += 21 * u;
  }
  ctx.font = `italic ${Math.round(15 * u)}px ${FONT}`;
  ctx.fillText(PAPERS[front.paper].name, w / 2, y);
  y += 10 * u;
  rule(ctx, m, y, w - m, 3 * u);
  y += 24 * u;
  ctx.font = `${Math.round(17 * u)}px ${FONT}`;
  ctx.fillText(time ? paperDate(time) : 'Petrograd, 1917', w / 2, y);
  y += 10 * u;
  rule(ctx, m, y, w - m, 1.2 * u);
  y += 4 * u;
  rule(ctx, m, y, w - m, 1.2 * u);
  y += 14 * u;
  const measureAt = (text: string, size: number): number => {
    ctx.font = `bold ${size}px ${FONT}`;
    return ctx.measureText(text).width;
  };
  const fit = fitHeadline(measureAt, front.headline, w - 2 * m, 3, Math.round(64 * u), Math.round(24 * u));
  ctx.font = `bold ${fit.size}px ${FONT}`;
  for (const line of fit.lines) {
    y += fit.size * 1.08;
    ctx.fillText(line, w / 2, y);
  }
  y += 18 * u;
  rule(ctx, m, y, w - m, 1.2 * u);
  columns(ctx, random, m, y + 12 * u, w - m, h - m, u);
  return y + 12 * u;
}

function rule(ctx: CanvasRenderingContext2D, x0: number, y: number, x1: number, weight: number): void {
  ctx.fillStyle = '#1d1a16';
  ctx.fillRect(x0, y, x1 - x0, Math.max(1, weight));
}

/** Columns of close type, drawn as words too small to read, with a bold subhead here and there. */
function columns(
  ctx: CanvasRenderingContext2D,
  random: () => number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  u: number,
): void {
  const count = Math.max(2, Math.round((x1 - x0) / (190 * u)));
  const gap = 14 * u;
  const colW = (x1 - x0 - gap * (count - 1)) / count;
  const lineH = 9 * u;
  for (let c = 0; c < count; c += 1) {
    const cx = x0 + c * (colW + gap);
    if (c > 0) {
      ctx.fillStyle = 'rgba(29, 26, 22, 0.6)';
      ctx.fillRect(cx - gap / 2, y0, Math.max(1, 0.8 * u), y1 - y0);
    }
    for (let y = y0 + lineH; y < y1; y += lineH) {
      if (random() < 0.05) {
        ctx.fillStyle = 'rgba(29, 26, 22, 0.85)';
        const sw = colW * (0.4 + random() * 0.4);
        ctx.fillRect(cx + (colW - sw) / 2, y - 5 * u, sw, 5.5 * u);
        y += lineH * 0.8;
        continue;
      }
      ctx.fillStyle = 'rgba(29, 26, 22, 0.5)';
      const end = random() < 0.12 ? cx + colW * (0.3 + random() * 0.6) : cx + colW;
      for (let x = cx + (random() < 0.12 ? 8 * u : 0); x < end;) {
        const ww = (6 + random() * 22) * u;
        ctx.fillRect(x, y - 3.5 * u, Math.min(ww, end - x), 3.6 * u);
        x += ww + 3 * u;
      }
    }
  }
}

function telegram(
  ctx: CanvasRenderingContext2D,
  front: FrontPage,
  time: StoryTime | null,
  w: number,
  h: number,
  u: number,
  random: () => number,
): number {
  ctx.fillStyle = '#e7dcbf';
  ctx.fillRect(0, 0, w, h);
  const m = 30 * u;
  ctx.strokeStyle = '#4b3b2a';
  ctx.lineWidth = 2 * u;
  ctx.strokeRect(m / 2, m / 2, w - m, h - m);
  ctx.fillStyle = '#3a2c1e';
  ctx.textAlign = 'center';
  ctx.font = `bold ${Math.round(56 * u)}px ${FONT}`;
  ctx.fillText('ТЕЛЕГРАММА', w / 2, m + 56 * u);
  ctx.font = `italic ${Math.round(18 * u)}px ${FONT}`;
  ctx.fillText('Telegram', w / 2, m + 82 * u);
  ctx.textAlign = 'left';
  ctx.font = `${Math.round(17 * u)}px ${FONT}`;
  const fields: [string, string][] = [
    ['Изъ / From', 'Петроградъ'],
    ['Подана / Handed in', time ? paperDate(time) : ''],
    ['Час. мин.', time ? `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}` : ''],
  ];
  let y = m + 122 * u;
  for (const [label, value] of fields) {
    ctx.fillStyle = '#3a2c1e';
    ctx.fillText(label, m * 1.3, y);
    ctx.fillStyle = 'rgba(58, 44, 30, 0.6)';
    ctx.fillRect(m * 1.3 + 170 * u, y + 4 * u, w - m * 2.6 - 170 * u, Math.max(1, u));
    ctx.fillStyle = '#1f3350';
    ctx.font = `italic ${Math.round(19 * u)}px ${FONT}`;
    ctx.fillText(value, m * 1.3 + 180 * u, y);
    ctx.font = `${Math.round(17 * u)}px ${FONT}`;
    y += 32 * u;
  }
  // the message, typed on tape and pasted down in strips
  const text = front.headline.toUpperCase();
  const measureAt = (t: string, px: number): number => {
    ctx.font = `bold ${px}px ${FONT}`;
    return ctx.measureText(t).width;
  };
  y += 24 * u;
  const room = Math.max(1, Math.floor((h - y - m) / (46 * u * 1.7)));
  const { size, lines } = fitHeadline(measureAt, text, w - m * 3.4, room, Math.round(46 * u), Math.round(20 * u));
  ctx.font = `bold ${size}px ${FONT}`;
  y += size;
  for (const line of lines) {
    const tw = ctx.measureText(line).width;
    ctx.save();
    ctx.translate(m * 1.5, y);
    ctx.rotate((random() - 0.5) * 0.012);
    ctx.fillStyle = '#f6f1e2';
    ctx.fillRect(-8 * u, -size * 1.05, tw + 16 * u, size * 1.4);
    ctx.fillStyle = '#1a1714';
    ctx.fillText(line, 0, 0);
    ctx.restore();
    y += size * 1.7;
  }
  return y - size * 0.7;
}
