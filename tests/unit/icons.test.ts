import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICONS, renderIcon } from '../../tools/icons/icons.ts';
import { webAppManifest } from '../../tools/pwa/manifest.ts';

describe('app icons', () => {
  it.each(ICONS.map((icon) => [icon.file, icon] as const))('%s is what the drawing code makes', (_, spec) => {
    expect(readFileSync(join(ICON_DIR, spec.file)).equals(renderIcon(spec))).toBe(true);
  });

  it('draws a dark red field and a cream face (a real picture, not a blank)', () => {
    const png = renderIcon({ file: 'x.png', size: 64, maskable: false });
    expect(png.readUInt32BE(16)).toBe(64); // IHDR width
    const idat = png.indexOf('IDAT');
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const pixel = (x: number, y: number): number[] => [...rows.subarray(y * 257 + 1 + x * 4, y * 257 + 1 + x * 4 + 3)];
    expect(pixel(0, 0)).toEqual([0x6b, 0x1f, 0x1b]);
    expect(pixel(40, 20)).toEqual([0xef, 0xe6, 0xd2]);
  });

  it('the manifest names installable icons of 192 and 512 pixels, one maskable', () => {
    const icons = webAppManifest.icons ?? [];
    expect(icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512', '512x512']);
    expect(icons.filter((icon) => icon.purpose === 'maskable')).toHaveLength(1);
  });
});
