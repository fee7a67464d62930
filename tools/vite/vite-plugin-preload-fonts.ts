/**
 * Asks for chosen font files from the page's head (`<link rel="preload" as="font">`), so they are on
 * their way from the first byte instead of after the stylesheet has been applied. The reading face is
 * `font-display: optional` (src/ui/styles.css): it is used only if it has arrived within the first
 * moment, and requested from the head it has, on the game's own server.
 */
import type { Plugin } from 'vite';

export interface PreloadFontsOptions {
  /** Which font files, by their file name in the build. */
  readonly matches: RegExp;
  /** How many files must match: a renamed font must fail the build, not silently stop preloading. */
  readonly expected: number;
}

/** The files among `fileNames` to preload, in a stable order; throws unless exactly `expected` match. */
export function fontsToPreload(fileNames: readonly string[], options: PreloadFontsOptions): string[] {
  const fonts = fileNames.filter((file) => options.matches.test(file)).sort();
  if (fonts.length !== options.expected)
    throw new Error(`expected ${options.expected} font files matching ${options.matches}, found ${fonts.length}`);
  return fonts;
}

export function preloadFontsPlugin(options: PreloadFontsOptions): Plugin {
  return {
    name: 'petrograd-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle || context.path !== '/index.html') return [];
        const assets = Object.values(bundle).filter((output) => output.type === 'asset');
        return fontsToPreload(
          assets.map((asset) => asset.fileName),
          options,
        ).map((file) => ({
          tag: 'link',
          // a font is always fetched in CORS mode: without `crossorigin` the preload would be fetched twice
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `./${file}` },
          injectTo: 'head-prepend' as const,
        }));
      },
    },
  };
}
