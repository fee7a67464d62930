import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revealPaced } from '../../src/ui/reveal.ts';

/** Just what the reveal touches of an element: its text and its data attributes. */
function paragraph(words: number): HTMLElement {
  return { textContent: Array.from({ length: words }, () => 'word').join(' '), dataset: {} } as unknown as HTMLElement;
}

function key(name: string): Event & { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean } {
  return Object.assign(new Event('keydown', { cancelable: true }), {
    key: name,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
  });
}

const states = (nodes: readonly HTMLElement[]): (string | undefined)[] => nodes.map((node) => node.dataset['reveal']);

describe('paced reveal', () => {
  let page: EventTarget;
  beforeEach(() => {
    vi.useFakeTimers();
    page = new EventTarget();
    vi.stubGlobal('window', page);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the first paragraph at once and each next one after the words of the one before', async () => {
    const nodes = [paragraph(10), paragraph(20), paragraph(1)];
    let done = false;
    const reveal = revealPaced(nodes, { msPerWord: 100 }).then(() => (done = true));
    expect(states(nodes)).toEqual(['shown', 'waiting', 'waiting']);
    await vi.advanceTimersByTimeAsync(999);
    expect(states(nodes)).toEqual(['shown', 'waiting', 'waiting']);
    await vi.advanceTimersByTimeAsync(1);
    expect(states(nodes)).toEqual(['shown', 'shown', 'waiting']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(states(nodes)).toEqual(['shown', 'shown', 'shown']);
    expect(done).toBe(false); // the last one is still fading in
    await vi.advanceTimersByTimeAsync(1000);
    await reveal;
    expect(states(nodes)).toEqual([undefined, undefined, undefined]);
  });

  it('bounds each pause: a short line still waits a moment, a long one not for ever', async () => {
    const nodes = [paragraph(1), paragraph(1000), paragraph(1)];
    void revealPaced(nodes, { msPerWord: 100 });
    await vi.advanceTimersByTimeAsync(349);
    expect(states(nodes)[1]).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1);
    expect(states(nodes)[1]).toBe('shown');
    await vi.advanceTimersByTimeAsync(4000);
    expect(states(nodes)[2]).toBe('shown');
  });

  it('finishes at once on a key press, which does not also choose', async () => {
    const nodes = [paragraph(50), paragraph(50), paragraph(50)];
    const reveal = revealPaced(nodes, { msPerWord: 100 });
    const press = key('1');
    page.dispatchEvent(press);
    await reveal;
    expect(states(nodes)).toEqual([undefined, undefined, undefined]);
    expect(press.defaultPrevented).toBe(true);
    // once finished, keys go where they always go
    const later = key('1');
    page.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('lets Tab and modifier keys through; Tab still finishes, Shift alone does not', async () => {
    const nodes = [paragraph(50), paragraph(50)];
    const reveal = revealPaced(nodes, { msPerWord: 100 });
    page.dispatchEvent(key('Shift'));
    expect(states(nodes)).toEqual(['shown', 'waiting']);
    const tab = key('Tab');
    page.dispatchEvent(tab);
    await reveal;
    expect(tab.defaultPrevented).toBe(false);
    expect(states(nodes)).toEqual([undefined, undefined]);
  });

  it('finishes at once on a click or when aborted', async () => {
    const clicked = [paragraph(50), paragraph(50)];
    const byClick = revealPaced(clicked, { msPerWord: 100 });
    page.dispatchEvent(new Event('pointerdown'));
    await byClick;
    expect(states(clicked)).toEqual([undefined, undefined]);

    const controller = new AbortController();
    const aborted = [paragraph(50), paragraph(50)];
    const byAbort = revealPaced(aborted, { msPerWord: 100, signal: controller.signal });
    controller.abort();
    await byAbort;
    expect(states(aborted)).toEqual([undefined, undefined]);
  });

  it('does nothing with no nodes or an aborted signal', async () => {
    await revealPaced([], { msPerWord: 100 });
    const nodes = [paragraph(5)];
    await revealPaced(nodes, { msPerWord: 100, signal: AbortSignal.abort() });
    expect(states(nodes)).toEqual([undefined]);
  });
});
