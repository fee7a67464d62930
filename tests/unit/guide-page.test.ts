import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGuidePage } from '../../tools/docs/render-guide.ts';

const GUIDE = readFileSync(join(import.meta.dirname, '../../docs/facilitators.md'), 'utf8');

describe("the facilitators' guide page", () => {
  const page = renderGuidePage(GUIDE);

  it('is a standalone page titled by the guide, with no script', () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>Petrograd 1917: a guide for facilitators</title>');
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain("default-src 'none'");
  });

  it('renders every section the guide promises, and the plans', () => {
    for (const heading of [
      'What the game covers',
      'What it leaves out',
      'Preparing a session',
      'Four 45-minute plans',
      'Content notes',
      'The historians&#39; debate in brief',
      'Using the session report',
    ])
      expect(page).toContain(`<h2>${heading}</h2>`);
    expect(page.match(/<h3>Plan \d/g)).toHaveLength(4);
    expect(page).toContain('<table>');
  });

  it('escapes the title it takes from the Markdown', () => {
    expect(renderGuidePage('# A <b>bold</b> guide\n')).toContain('<title>A &#60;b&#62;bold&#60;/b&#62; guide</title>');
  });
});

describe("the guide page's typefaces", () => {
  it("uses the game's fonts when the build provides them", () => {
    const page = renderGuidePage('# Guide\n', { body: './assets/a.woff2', display: './assets/o.woff2' });
    expect(page).toContain(
      "font-family: 'Atkinson Hyperlegible'; font-weight: 400; font-display: swap; src: url('./assets/a.woff2')",
    );
    expect(page).toContain("font-family: 'Old Standard TT'; font-weight: 400");
    expect(page).not.toContain('font-weight: 700; font-display');
  });
});
