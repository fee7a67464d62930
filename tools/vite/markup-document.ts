/**
 * Just enough of `document` for the game's own `el()` (src/ui/dom.ts) to build a view at build time
 * and write it out as HTML: elements with attributes, text and children, nothing else. Text and
 * attribute values are escaped, so nothing a view holds can become markup.
 */
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

export class MarkupElement {
  private readonly attributes = new Map<string, string>();
  private readonly children: (MarkupElement | string)[] = [];

  constructor(readonly tagName: string) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  set className(value: string) {
    this.attributes.set('class', value);
  }

  set hidden(value: boolean) {
    if (value) this.attributes.set('hidden', '');
    else this.attributes.delete('hidden');
  }

  append(...children: (MarkupElement | string)[]): void {
    this.children.push(...children);
  }

  /** Events belong to the live page: the markup only looks like it. */
  addEventListener(): void {
    // nothing to listen to in a file
  }

  toHtml(): string {
    const attributes = [...this.attributes]
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
      .join('');
    const inner = this.children
      .map((child) => (typeof child === 'string' ? escapeText(child) : child.toHtml()))
      .join('');
    return `<${this.tagName}${attributes}>${inner}</${this.tagName}>`;
  }
}

/** Runs `build` with `globalThis.document` standing in for a page, and gives back what it built. */
export function withMarkupDocument<T>(build: () => T): T {
  const global = globalThis as { document?: unknown };
  const previous = global.document;
  global.document = { createElement: (tag: string) => new MarkupElement(tag) };
  try {
    return build();
  } finally {
    global.document = previous;
  }
}
