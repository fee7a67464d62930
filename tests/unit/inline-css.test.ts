import { describe, expect, it } from 'vitest';
import { inlineStylesheet } from '../../tools/vite/vite-plugin-inline-css.ts';

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
});
