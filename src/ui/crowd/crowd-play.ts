import type { Bus } from '../../app/bus.ts';
import type { GameEvents } from '../../app/game-events.ts';
import {
  countsOf,
  emptyCopy,
  openedCopy,
  reasonsGiven,
  restoreChunks,
  withTally,
  type BallotCopy,
} from '../../crowd/ballot-copy.ts';
import { LIMITS, JOIN_PAGE, type Ballot, type CrowdStateView } from '../../crowd/protocol.ts';
import type { Voice } from '../../core/club-vote.ts';
import type { Session } from '../../core/session.ts';
import type { LiveCounts } from '../club/vote-panel.ts';
import { createLocalStore } from '../../platform/storage.ts';
import { el } from '../dom.ts';
import { openProjectorLink, type ProjectorLink } from './projector-link.ts';
import { qrCode } from './qr.ts';
import { optionsOf, passageOf } from './vote-material.ts';
import './crowd.css';

/** What crowd play needs from the game: the story's state, and the vote panel it feeds. */
export interface CrowdPlayOptions {
  readonly bus: Bus<GameEvents>;
  readonly current: () => Session | null;
  readonly panel: {
    useLive(live: LiveCounts | null): void;
    liveChanged(): void;
    countVotes(): void;
  };
  readonly notice: (message: string) => void;
}

export interface CrowdPlay {
  start(): void;
  voices(): Voice[];
  end(): void;
}

const newVoteId = (atChoice: number): string => {
  const random = crypto.getRandomValues(new Uint8Array(6));
  return `c${atChoice}-${[...random].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
};

/** Spaces a code for reading off a wall: "ACD EFG". */
const spaced = (code: string): string => code.replace(/^(.{3})/, '$1 ');

/**
 * Crowd play at the projector: the room's code and QR, the phones joined, and at each decision the vote on the
 * phones — opened by the facilitator, counted live into the vote panel, closed to let the majority choose as
 * club mode does. The facilitator's copy of the ballots is the record; the room only relays.
 */
export function createCrowdPlay(options: CrowdPlayOptions): CrowdPlay {
  const { bus, panel } = options;
  let link: ProjectorLink | null = null;
  let copy: BallotCopy = emptyCopy;
  /** The decision the vote is on: its place in the path and the ink indexes of its options. */
  let decision: { readonly atChoice: number; readonly inks: readonly number[] } | null = null;
  let ended = false;

  const code = el('p', { class: 'crowd-code', 'aria-label': 'Room code' });
  const address = el('p', { class: 'crowd-address' });
  const qr = el('div', { class: 'crowd-qr' });
  const joined = el('p', { class: 'crowd-joined', 'aria-live': 'polite' });
  const status = el('p', { class: 'crowd-status', role: 'status' });
  const openButton = el('button', { type: 'button', class: 'primary crowd-open' }, 'Open the vote on the phones');
  const closeButton = el('button', { type: 'button', class: 'primary crowd-close' }, 'Close the vote and count');
  const revealButton = el('button', { type: 'button', class: 'crowd-reveal' }, 'Reveal reasons');
  const reasonsNote = el('p', { class: 'crowd-reasons-note' });
  const reasonList = el('ul', { class: 'crowd-reasons' });
  const reasons = el(
    'section',
    { class: 'crowd-reasons-box', 'aria-labelledby': 'crowd-reasons-heading' },
    el('h3', { id: 'crowd-reasons-heading', class: 'visually-hidden' }, 'Reasons from the room'),
    reasonsNote,
    el('p', {}, revealButton),
    reasonList,
  );
  const element = el(
    'section',
    { class: 'crowd-panel', 'aria-labelledby': 'crowd-heading' },
    el('h3', { id: 'crowd-heading', class: 'visually-hidden' }, 'Crowd play'),
    el('div', { class: 'crowd-join' }, el('div', { class: 'crowd-room' }, address, code, joined), qr),
    el('div', { class: 'crowd-controls' }, el('p', { class: 'crowd-actions' }, openButton, ' ', closeButton), status),
  );

  const live: LiveCounts = {
    element,
    after: reasons,
    counts: () => (copy.vote && decision && onDecision(options.current()) ? countsOf(copy) : null),
  };
  const onDecision = (session: Session | null): boolean =>
    session !== null && decision !== null && session.path.length === decision.atChoice;

  const say = (text: string): void => {
    status.textContent = text;
  };

  function reasonItem(ballot: Ballot): HTMLElement {
    const option = copy.vote?.options[ballot.option] ?? '';
    const who = el('span', { class: 'crowd-who' }, `${ballot.nickname || 'Someone'}, for “${option}”: `);
    if (ballot.hidden) {
      const show = el('button', { type: 'button' }, 'Show');
      show.addEventListener('click', () => link?.send('reveal', { seat: ballot.seat }));
      return el('li', { class: 'crowd-reason hidden-reason' }, who, el('em', {}, 'hidden by the facilitator '), show);
    }
    const hide = el(
      'button',
      { type: 'button', 'aria-label': `Hide the reason from ${ballot.nickname || 'someone'}` },
      'Hide',
    );
    hide.addEventListener('click', () => link?.send('hide', { seat: ballot.seat }));
    return el('li', { class: 'crowd-reason' }, who, el('q', {}, ballot.reason), ' ', hide);
  }

  const render = (): void => {
    const session = options.current();
    const here = onDecision(session);
    const open = here && copy.vote !== null && copy.phase === 'open';
    const votable = session !== null && session.ending === null && session.choices.length > 1;
    openButton.hidden = !votable || (here && copy.vote !== null);
    closeButton.hidden = !open;
    openButton.disabled = link === null;
    const given = here ? reasonsGiven(copy) : 0;
    reasons.hidden = !here || copy.vote === null;
    revealButton.hidden = copy.reasonsShown || given === 0;
    reasonsNote.textContent =
      given === 0
        ? 'No reasons given yet.'
        : copy.reasonsShown
          ? `Reasons (${given}): hide any that should not be on screen.`
          : `${given} ${given === 1 ? 'reason' : 'reasons'} given, hidden until you reveal them.`;
    const withReasons = copy.reasonsShown ? [...copy.ballots.values()].filter((ballot) => ballot.reason !== '') : [];
    reasonList.replaceChildren(...withReasons.map(reasonItem));
    const votes = here ? copy.ballots.size : 0;
    joined.textContent = `${copy.joined} ${copy.joined === 1 ? 'phone' : 'phones'} joined${
      here && copy.vote ? ` · ${votes} ${votes === 1 ? 'vote' : 'votes'} cast` : ''
    }`;
    panel.liveChanged();
  };

  const showRoom = (roomCode: string): void => {
    const url = new URL(`${JOIN_PAGE}?code=${roomCode}`, location.href);
    code.textContent = spaced(roomCode);
    const local = /^(localhost|127\.|\[::1\])/.test(url.hostname);
    address.textContent = `Join at ${url.host}${url.pathname} with the code`;
    qr.replaceChildren(qrCode(url.href, `QR code of the join address, ${url.href}`));
    if (local)
      say(
        'Phones cannot reach “localhost”: open the game by this computer’s network address (npm run serve prints it).',
      );
  };

  /** Opens the vote on the decision on screen (or, after a restart, the same vote again with its ballots). */
  const sendOpen = (restore: boolean): void => {
    if (!link || !copy.vote) return;
    link.send('open', { voteId: copy.vote.voteId, passage: copy.vote.passage, options: [...copy.vote.options] });
    if (!restore) return;
    const chunks = restoreChunks(copy, LIMITS.restoreChunk);
    for (const ballots of chunks)
      link.send('restore', { voteId: copy.vote.voteId, reasonsShown: copy.reasonsShown, ballots });
    if (chunks.length === 0 && copy.reasonsShown) link.send('reveal', { seat: null });
    if (copy.phase === 'closed') link.send('close', { voteId: copy.vote.voteId });
  };

  openButton.addEventListener('click', () => {
    const session = options.current();
    if (!session || !link) return;
    const vote = { voteId: newVoteId(session.path.length), passage: passageOf(session), options: optionsOf(session) };
    decision = { atChoice: session.path.length, inks: session.choices.map((choice) => choice.index) };
    copy = openedCopy(vote, copy.joined);
    sendOpen(false);
    say('The vote is open on the phones. The counts below fill in as people vote.');
    render();
    // the code, the counts and "Close" together on the projector, whatever the page was scrolled to
    element.scrollIntoView({ block: 'start' });
    closeButton.focus({ preventScroll: true });
  });

  /** Closing waits (briefly) for the server's last tally, so a vote cast a moment before the click is counted. */
  let closing: (() => void) | null = null;
  closeButton.addEventListener('click', () => {
    if (!link || !copy.vote) return;
    link.send('close', { voteId: copy.vote.voteId });
    copy = { ...copy, phase: 'closed' };
    render();
    const count = (): void => {
      closing = null;
      clearTimeout(timer);
      render();
      say('The vote is closed.');
      panel.countVotes();
    };
    const timer = setTimeout(count, 1500);
    closing = count;
  });

  revealButton.addEventListener('click', () => {
    link?.send('reveal', { seat: null });
    revealButton.hidden = true;
  });

  const events = {
    status(state: 'live' | 'reconnecting' | 'ended', detail: string): void {
      if (state === 'live')
        say(copy.vote ? 'Connected to the room.' : 'Connected. Open the vote when the group is ready.');
      else say(detail);
      openButton.disabled = state !== 'live';
    },
    tally(tally: Parameters<typeof withTally>[1]): void {
      copy = withTally(copy, tally);
      render();
      if (tally.outcome && closing) closing();
    },
    state(view: CrowdStateView): void {
      // after a reload, the room may hold a vote on the decision on screen: take it up again
      const session = options.current();
      if (copy.vote || view.phase === 'waiting' || !session) return;
      const same = JSON.stringify(view.options) === JSON.stringify(optionsOf(session));
      if (!same) return;
      decision = { atChoice: session.path.length, inks: session.choices.map((choice) => choice.index) };
      copy = {
        ...openedCopy({ voteId: view.voteId, passage: view.passage, options: view.options }, view.joined),
        phase: view.phase === 'closed' ? 'closed' : 'open',
      };
      render();
    },
    code(roomCode: string): void {
      // the first code is shown once the link is up; a later one (a re-created room) replaces it
      if (link) showRoom(roomCode);
    },
    rejoined(fresh: boolean): void {
      if (fresh && copy.vote && decision && onDecision(options.current())) {
        sendOpen(true);
        say(`The room server restarted: the vote is open again with the ${copy.ballots.size} votes already cast.`);
      }
      render();
    },
  };

  /** The story moved on: the room is told what was taken and waits for the next vote. */
  bus.on('session', ({ session }) => {
    if (ended) return;
    if (copy.vote && decision && !onDecision(session)) {
      const taken = session.path[decision.atChoice];
      const chosen = session.path.length > decision.atChoice && taken !== undefined ? decision.inks.indexOf(taken) : -1;
      link?.send('advance', { voteId: copy.vote.voteId, chosen: chosen >= 0 ? chosen : null });
      copy = { ...emptyCopy, joined: copy.joined };
      decision = null;
      say('Open the vote when the group is ready.');
    }
    render();
  });

  return {
    start() {
      panel.useLive(live);
      say('Opening the room…');
      render();
      openProjectorLink(createLocalStore(), events).then(
        (opened) => {
          if (ended) return opened.end();
          link = opened;
          showRoom(opened.code);
          render();
        },
        (error: unknown) => {
          panel.useLive(null);
          options.notice(error instanceof Error ? error.message : String(error));
        },
      );
    },
    voices(): Voice[] {
      if (!copy.reasonsShown) return [];
      return [...copy.ballots.values()]
        .filter((ballot) => ballot.shown && !ballot.hidden && ballot.reason !== '')
        .map((ballot) => ({ nickname: ballot.nickname, option: ballot.option, reason: ballot.reason }));
    },
    end() {
      ended = true;
      link?.end();
      link = null;
      panel.useLive(null);
    },
  };
}
