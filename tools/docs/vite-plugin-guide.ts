import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { renderGuidePage, type GuideFonts } from './render-guide.ts';

/** The game's fonts as the build names them (with their content hashes). */
const FONT_FILES: Record<keyof GuideFonts, RegExp> = {
  body: /atkinson-hyperlegible-latin-400-normal-[^/]+\.woff2$/,
  bodyBold: /atkinson-hyperlegible-latin-700-normal-[^/]+\.woff2$/,
  display: /old-standard-tt-latin-400-normal-[^/]+\.woff2$/,
};

export interface GuidePluginOptions {
  /** The Markdown source (docs/facilitators.md). */
  readonly source: string;
  /** The page's file name in the build (facilitators.html). */
  readonly fileName: string;
}

/**
 * Ships a Markdown document as a static page: rendered once at build time (marked never reaches the
 * game's bundle), and served fresh from the source in development.
 */
export function guidePlugin(options: GuidePluginOptions): Plugin {
  const page = (fonts: GuideFonts = {}): string => renderGuidePage(readFileSync(options.source, 'utf8'), fonts);
  return {
    name: 'petrograd-guide',
    buildStart() {
      this.addWatchFile(options.source);
    },
    generateBundle(_, bundle) {
      const files = Object.keys(bundle);
      const fonts = Object.fromEntries(
        Object.entries(FONT_FILES).flatMap(([role, pattern]) => {
          const file = files.find((name) => pattern.test(name));
          return file ? [[role, `./${file}`]] : [];
        }),
      ) as GuideFonts;
      this.emitFile({ type: 'asset', fileName: options.fileName, source: page(fonts) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${options.fileName}`) return next();
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(page());
      });
    },
  };
}
