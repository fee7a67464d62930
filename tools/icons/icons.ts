/** Every icon the web app manifest and the page name, with how each is drawn. */
import { drawIcon } from './draw.ts';
import { encodePng } from './png.ts';

export interface IconSpec {
  readonly file: string;
  readonly size: number;
  readonly maskable: boolean;
}

export const ICONS: readonly IconSpec[] = [
  { file: 'favicon-32.png', size: 32, maskable: false },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: false },
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

export const ICON_DIR = 'public/icons';

export function renderIcon(spec: IconSpec): Buffer {
  return encodePng(spec.size, spec.size, drawIcon(spec.size, { maskable: spec.maskable }));
}
