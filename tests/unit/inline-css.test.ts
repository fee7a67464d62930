import { describe, expect, it } from 'vitest';
import { inlinePageStylesheets, inlineStylesheet } from '../../tools/vite/vite-plugin-inline-css.ts';

describe('the stylesheet written into the page', () => {
  it("points its url()s from the stylesheet's folder to the page's", () => {
    const css =
      '@font-face{src:url(./face-abc.woff2) format(\'woff2\'),url("face-abc.woff")}' +
      '.a{background:url(../icons/x.png)}.b{background:url(data:image/png;base64,AAAA)}.c{mask:url(#m)}';
    const style = inlineStylesheet(css, 'assets/', './');
    expect(style).toContain('url(./assets/face-abc.woff2)');
    expect(style).toContain('url("./assets/face-abc.woff")');
    expect(style).toContain('url(./icons/x.png)');
    expect(style).toContain('url(data:image/png;base64,AAAA)');
    expect(style).toContain('url(#m)');
    expect(style.startsWith('<style>') && style.endsWith('</style>')).toBe(true);
  });

  it('cannot close its own element early', () => {
    const style = inlineStylesheet('.x::after{content:"</style><script>"}', 'assets/', './');
    expect(style.match(/<\/style>/g)).toHaveLength(1);
  });

  it('leaves the link in place, disabled, so that the lazily loaded chunks do not link the file again', () => {
    const html =
      '<head><link rel="stylesheet" crossorigin href="./assets/index-1.css">' +
      '<link rel="stylesheet" href="https://example.org/x.css"><link rel="stylesheet" href="./assets/gone.css"></head>';
    const cssOf = (file: string): string | null => (file === 'assets/index-1.css' ? '.a{color:red}' : null);
    const page = inlinePageStylesheets(html, './', cssOf);
    expect(page).toBe(
      '<head><style>.a{color:red}</style><link rel="stylesheet" href="./assets/index-1.css" disabled>' +
        '<link rel="stylesheet" href="https://example.org/x.css"><link rel="stylesheet" href="./assets/gone.css"></head>',
    );
    // built again (a second pass of the plugin), the disabled stand-in is left alone
    expect(inlinePageStylesheets(page, './', cssOf)).toBe(page);
  });
});
