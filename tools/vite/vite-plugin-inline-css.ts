/**
 * Writes the page's own stylesheet into the page (a <style> before its <link>, now disabled), so the title's
 * first paint waits for nothing but the HTML: a linked stylesheet blocks rendering until it has come
 * back from the server, which on a busy machine took longer than the whole plain page (issue 19).
 * The stylesheet is small (about 5 KB gzip'd) and its url()s are rewritten to be relative to the
 * page. The file itself is still emitted, so any other page or the offline cache that names it finds it.
 */
import type { Plugin } from 'vite';

export interface InlineCssOptions {
  /** The pages (by their path in the build, e.g. `/index.html`) whose stylesheets are written in. */
  readonly pages: RegExp;
}

/** `css` as a <style> in a page at `pageDir` (relative, e.g. `./`), with the url()s of `cssDir` rewritten. */
export function inlineStylesheet(css: string, cssDir: string, pageDir: string): string {
  const rewritten = css.replace(
    /url\(\s*(["']?)(?!data:|[a-z]+:|\/|#)([^"')]+)\1\s*\)/gi,
    (_, quote: string, url: string) => {
      const path = new URL(url, `https://site/${cssDir}`).pathname.slice(1);
      return `url(${quote}${pageDir}${path}${quote})`;
    },
  );
  // a stylesheet cannot close the element it is written into
  return `<style>${rewritten.replace(/<\/style/gi, '<\\/style')}</style>`;
}

/**
 * Every local stylesheet link of `html` written in as a <style>, followed by the same link disabled: a
 * disabled stylesheet is never fetched, but Vite's loader, which adds the stylesheets a lazily loaded
 * chunk needs, finds it there and does not link the file again (it did: every rule and typeface of the
 * page declared twice once the game arrived).
 */
export function inlinePageStylesheets(
  html: string,
  pageDir: string,
  cssOf: (fileName: string) => string | null,
): string {
  return html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (link) => {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1];
    if (!href || /^[a-z]+:|^\/\//i.test(href) || /\bdisabled\b/.test(link)) return link;
    const fileName = href.replace(/^(\.\.?\/)+/, '');
    const css = cssOf(fileName);
    if (css === null) return link;
    return `${inlineStylesheet(css, fileName.replace(/[^/]*$/, ''), pageDir)}<link rel="stylesheet" href="${href}" disabled>`;
  });
}

export function inlineCssPlugin(options: InlineCssOptions): Plugin {
  return {
    name: 'petrograd-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle || !options.pages.test(context.path)) return html;
        const pageDir =
          context.path
            .replace(/^\//, '')
            .replace(/[^/]*$/, '')
            .replace(/[^/]+\//g, '../') || './';
        return inlinePageStylesheets(html, pageDir, (fileName) => {
          const asset = bundle[fileName];
          return asset?.type === 'asset' && typeof asset.source === 'string' ? asset.source : null;
        });
      },
    },
  };
}
