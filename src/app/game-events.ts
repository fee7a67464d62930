import type { Session } from '../core/session.ts';

/** What the director publishes. Views, stage and audio subscribe; none of them calls another. */
export interface GameEvents {
  /** The session to show. `reset` means redraw from scratch (a load, going back, a restart). */
  readonly session: { readonly session: Session; readonly reset: boolean };
  /** A one-shot sound effect fired by the story. */
  readonly sfx: { readonly id: string };
  /** The story broke at run time; the player may go back to the last choice. */
  readonly problem: { readonly message: string; readonly detail: string; readonly canGoBack: boolean };
  /** Something the player should know that does not stop play (saves off, no map). */
  readonly notice: { readonly id: string; readonly message: string };
  /** The player left the story for the title screen. */
  readonly title: Record<string, never>;
}
