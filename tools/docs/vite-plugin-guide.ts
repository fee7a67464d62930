import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { renderGuidePage } from './render-guide.ts';

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
  const page = (): string => renderGuidePage(readFileSync(options.source, 'utf8'));
  return {
    name: 'petrograd-guide',
    buildStart() {
      this.addWatchFile(options.source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: options.fileName, source: page() });
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
