import { Marked } from 'marked';

/** The page's own look: readable on a screen and printable, with no script and nothing fetched. */
const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; background: #f3ead7; color: #2a2118; font: 1.125rem/1.6 'Atkinson Hyperlegible', system-ui, sans-serif; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 4vw, 2.5rem) 4rem; background: #fbf6ea; border-inline: 1px solid #b9a47d; }
  h1, h2, h3 { font-family: 'Old Standard TT', Georgia, serif; font-weight: 400; line-height: 1.2; color: #7a1f14; }
  h1 { font-size: 2.3rem; }
  h2 { margin-top: 2.2rem; border-bottom: 1px solid #b9a47d; padding-bottom: 0.2rem; }
  a { color: #7a1f14; }
  :focus-visible { outline: 3px solid #0b4f8a; outline-offset: 3px; }
  table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
  th, td { border: 1px solid #b9a47d; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  blockquote { margin: 1rem 0; padding: 0.5rem 1rem; border-left: 4px solid #7a1f14; background: #e6d8b8; }
  .back { font-size: 0.95rem; }
  @media print {
    body, main { background: white; color: black; border: 0; }
    .back { display: none; }
    h1, h2, h3 { color: black; break-after: avoid; }
    table, blockquote, li { break-inside: avoid; }
  }
`;

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** The game's own typefaces, where the build has them: file paths relative to the page. */
export interface GuideFonts {
  readonly body?: string;
  readonly bodyBold?: string;
  readonly display?: string;
}

function fontFaces(fonts: GuideFonts): string {
  const face = (family: string, weight: number, url: string | undefined): string =>
    url
      ? `@font-face { font-family: '${family}'; font-weight: ${weight}; font-display: swap; src: url('${url}') format('woff2'); }\n`
      : '';
  return (
    face('Atkinson Hyperlegible', 400, fonts.body) +
    face('Atkinson Hyperlegible', 700, fonts.bodyBold) +
    face('Old Standard TT', 400, fonts.display)
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The guide's Markdown as a standalone HTML page; its first heading becomes the page title. */
export function renderGuidePage(markdown: string, fonts: GuideFonts = {}): string {
  const title = /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? 'Petrograd 1917';
  const body = new Marked({ gfm: true, async: false }).parse(markdown) as string;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <title>${escapeHtml(title)}</title>
    <style>${fontFaces(fonts)}${STYLE}</style>
  </head>
  <body>
    <main>
      <p class="back"><a href="./">Back to the game</a></p>
${body}
    </main>
  </body>
</html>
`;
}
