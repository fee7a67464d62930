import type { CrowdStateView } from '../protocol.ts';

/** Where the phone's connection stands. */
export type Link =
  /** Not joined yet: the code form. */
  | 'idle'
  /** Joining a room for the first time. */
  | 'joining'
  /** In the room. */
  | 'in'
  /** Lost the connection; the SDK, then the page, are getting it back. */
  | 'rejoining'
  /** The room is over (the facilitator ended it, or the seat opened in another tab). */
  | 'gone';

/** This phone's vote as the server accepted it. */
export interface MyVote {
  readonly voteId: string;
  readonly option: number;
  readonly reason: string;
}

export interface PhoneModel {
  readonly link: Link;
  readonly code: string | null;
  readonly room: CrowdStateView | null;
  readonly mine: MyVote | null;
  /** Why the room is gone, or why joining failed, in plain words. */
  readonly problem: string | null;
}

export const initialModel: PhoneModel = { link: 'idle', code: null, room: null, mine: null, problem: null };

/** What the page shows: the code form, the wait between votes, the open vote, the closed vote, or the end. */
export type Screen = 'join' | 'waiting' | 'voting' | 'closed' | 'gone';

export function screenOf(model: PhoneModel): Screen {
  if (model.link === 'gone') return 'gone';
  if (model.link === 'idle' || model.room === null) return model.link === 'rejoining' ? 'waiting' : 'join';
  if (model.room.phase === 'open') return 'voting';
  if (model.room.phase === 'closed') return 'closed';
  return 'waiting';
}

/** The option this phone chose in the vote on screen, or null. */
export function myOption(model: PhoneModel): number | null {
  const { mine, room } = model;
  return mine && room && mine.voteId === room.voteId ? mine.option : null;
}

const quoted = (text: string | undefined): string => `“${text ?? ''}”`;

/** One sentence for the live region: what changed, said once (the page writes it only when it differs). */
export function announcement(model: PhoneModel): string {
  const { room } = model;
  const option = myOption(model);
  const voted = option === null ? null : quoted(room?.options[option]);
  if (model.link === 'gone') return model.problem ?? 'The room has closed. Thank you for taking part.';
  if (model.link === 'idle') return model.problem ?? '';
  if (model.link === 'joining') return `Joining room ${model.code ?? ''}…`;
  if (model.link === 'rejoining')
    return `The connection was lost. Reconnecting by itself${voted ? `; your vote for ${voted} is kept` : ''}…`;
  if (!room) return 'Joined. Waiting for the room…';
  if (room.phase === 'open')
    return voted
      ? `Your vote: ${voted}. You can change it until the vote closes.`
      : 'The vote is open. Choose one option.';
  if (room.phase === 'closed')
    return voted ? `The vote is closed. Your vote: ${voted}.` : 'The vote is closed. You did not vote this time.';
  if (!room.projector) return 'Waiting for the facilitator’s screen to come back…';
  if (room.decided >= 0) return `The group chose ${quoted(room.options[room.decided])}. Wait for the next vote.`;
  return 'You are in. Wait for the facilitator to open a vote.';
}
