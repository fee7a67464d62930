/** The web app manifest: what an installed Petrograd 1917 is called and how it looks. */
import type { ManifestOptions } from 'vite-plugin-pwa';
import { ICONS } from '../icons/icons.ts';

const installable = ICONS.filter((icon) => icon.size >= 192);

export const webAppManifest: Partial<ManifestOptions> = {
  name: 'Petrograd 1917',
  short_name: 'Petrograd 1917',
  description:
    'A branching historical narrative game: live 10–26 October 1917 as Lenin, Kerensky or a Junker cadet, and see what might have happened instead.',
  lang: 'en',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  background_color: '#efe6d2',
  theme_color: '#6b1f1b',
  categories: ['education', 'games'],
  icons: installable.map((icon) => ({
    src: `icons/${icon.file}`,
    sizes: `${icon.size}x${icon.size}`,
    type: 'image/png',
    purpose: icon.maskable ? 'maskable' : 'any',
  })),
};
