import { describe, expect, it } from 'vitest';
import { ROLE_CARDS } from '../../src/ui/role-cards.ts';
import { MarkupElement, withMarkupDocument } from '../../tools/vite/markup-document.ts';
import { staticTitleMarkup } from '../../tools/vite/vite-plugin-static-title.ts';

describe('the title written into index.html at build time', () => {
  it('is the game’s own title screen: the opening question and every role, inert until the script runs', () => {
    const html = staticTitleMarkup();
    expect(html).toMatch(/^<main id="main" inert><section class="title-screen"/);
    expect(html).toContain('<h2 class="choose-heading">Whose October will you live?</h2>');
    for (const card of ROLE_CARDS) expect(html).toContain(`data-role="${card.role}"`);
    // no Continue offered: the page cannot know whether this browser has a game to continue
    expect(html).toMatch(
      /<button type="button" class="primary" data-action="continue" hidden>Continue your last game<\/button>/,
    );
  });

  it('escapes text and attributes, so nothing it holds can become markup', () => {
    const html = withMarkupDocument(() => {
      const element = new MarkupElement('p');
      element.setAttribute('title', '"><script>');
      element.append('a < b & c > d', new MarkupElement('em'));
      return element.toHtml();
    });
    expect(html).toBe('<p title="&quot;&gt;&lt;script&gt;">a &lt; b &amp; c &gt; d<em></em></p>');
  });

  it('leaves the global document as it found it', () => {
    const before = (globalThis as { document?: unknown }).document;
    staticTitleMarkup();
    expect((globalThis as { document?: unknown }).document).toBe(before);
  });
});
