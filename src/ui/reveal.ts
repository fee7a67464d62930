/**
 * Paced text reveal: new paragraphs appear one after another, each after a pause that grows with
 * the words of the one before, and everything appears at once on any key press or click.
 *
 * Screen readers are never paced. A paragraph waiting its turn is hidden only with `opacity: 0`
 * (themes.css, `[data-reveal]`): it stays in the accessibility tree from the moment it is appended,
 * so whatever brings new text to a screen reader finds all of it at once, exactly as with instant
 * text: the focus moved into the first new paragraph reads on through the rest, and a live log
 * would announce it once, on arrival. `visibility`, `display` or `aria-hidden` would take it out of
 * the tree until its turn: reading from the focus would stop after the first paragraph, and a live
 * region would announce each one late, in pieces, or (depending on browser and screen reader)
 * twice or never. A waiting paragraph also takes no clicks (`pointer-events: none`), so an unseen
 * choice cannot be pressed.
 *
 * With reduced motion the pacing stays and the fade goes (CSS: `:root[data-motion='reduced']`).
 */

/** A comfortable pace for reading along: about 800 words a minute, so the text leads, never lags. */
export const PACED_MS_PER_WORD = 75;
const MIN_PAUSE_MS = 350;
const MAX_PAUSE_MS = 4000;
/** Matches the fade in themes.css (`--reveal-fade`). */
const FADE_MS = 450;

/**
 * Keys that act on the story (choose by number, press the focused button): while text is still
 * appearing they only finish the reveal, so that the press that skips cannot choose unseen.
 */
const SKIP_ONLY_KEYS = new Set(['Enter', ' ', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);
/** Before the page's own key handlers (play.ts listens on document), so a skip-only key stops here. */
const CAPTURE = { capture: true } as const;

export interface RevealOptions {
  readonly msPerWord: number;
  /** Aborting shows everything at once (e.g. when the next session replaces these nodes). */
  readonly signal?: AbortSignal;
}

function pauseAfter(node: HTMLElement, msPerWord: number): number {
  const words = (node.textContent ?? '').split(/\s+/).filter(Boolean).length;
  return Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, words * msPerWord));
}

/**
 * Shows `nodes` (already in the page) one after another. Resolves once all are visible, whether
 * their turn came, a key or click finished the reveal, or the signal aborted it. Never rejects.
 */
export function revealPaced(nodes: readonly HTMLElement[], options: RevealOptions): Promise<void> {
  if (nodes.length === 0 || options.signal?.aborted) return Promise.resolve();
  for (const node of nodes) node.dataset['reveal'] = 'waiting';
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let next = 0;

    const finish = (): void => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, CAPTURE);
      window.removeEventListener('pointerdown', finish, CAPTURE);
      options.signal?.removeEventListener('abort', finish);
      // without the attribute there is no transition: whatever is still waiting or fading shows at once
      for (const node of nodes) delete node.dataset['reveal'];
      resolve();
    };
    const onKey = (event: KeyboardEvent): void => {
      if (MODIFIER_KEYS.has(event.key)) return;
      if (SKIP_ONLY_KEYS.has(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        event.stopPropagation();
      }
      finish();
    };
    const showNext = (): void => {
      const node = nodes[next++];
      if (!node) return finish();
      node.dataset['reveal'] = 'shown';
      // the last one: let its fade end, then tidy up
      const last = next >= nodes.length;
      timer = setTimeout(last ? finish : showNext, last ? FADE_MS : pauseAfter(node, options.msPerWord));
    };

    window.addEventListener('keydown', onKey, CAPTURE);
    window.addEventListener('pointerdown', finish, CAPTURE);
    options.signal?.addEventListener('abort', finish);
    showNext();
  });
}
