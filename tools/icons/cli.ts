/** `npm run icons`: redraws the app icons into public/icons (committed; a unit test keeps them in step). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_DIR, ICONS, renderIcon } from './icons.ts';

mkdirSync(ICON_DIR, { recursive: true });
for (const spec of ICONS) {
  const png = renderIcon(spec);
  writeFileSync(join(ICON_DIR, spec.file), png);
  console.log(`${join(ICON_DIR, spec.file)}  ${spec.size}×${spec.size}  ${png.length} bytes`);
}
