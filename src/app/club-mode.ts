import { settledOption, weighChoices, type MenuWeight, type MenuWeights } from '../core/club-decisions.ts';
import { GROUP_NAME_MAX } from '../core/club-file.ts';
import {
  beginSitting,
  withSettled,
  currentSitting,
  newClub,
  setAsideOffPath,
  timerMinutesOrDefault,
  votesFrom,
  withVote,
  type ClubSession,
} from '../core/club-record.ts';
import type { ChooseAgainCost } from '../core/club-wording.ts';
import { buildClubReport, type ClubReport, type ReportSection } from '../core/club-report.ts';
import { putToVote, recordVote, type ClubVote, type Tally, type Voice } from '../core/club-vote.ts';
import type { Role } from '../core/roles.ts';
import type { ChoiceOption } from '../core/events.ts';
import type { Session } from '../core/session.ts';
import type { Bus } from './bus.ts';
import { openClubGame, type ClubOutcome } from './club-resume.ts';
import type { ClubStore } from './club-store.ts';
import type { Director } from './director.ts';
import type { GameEvents } from './game-events.ts';

export interface ClubModeOptions {
  readonly director: Director;
  readonly bus: Bus<GameEvents>;
  readonly clubs: ClubStore;
  /** The role's display name, for the report. */
  readonly roleName: (role: Role) => string;
  /** Sections the rest of the game adds to the report (the debrief), given the run so far. */
  readonly extraSections?: () => readonly ReportSection[];
  readonly now?: () => Date;
}

/** Whether `next` is the same run as `previous`: the same role, one path a prefix of the other (a choice or a rewind). */
export function continuesRun(previous: Pick<Session, 'role' | 'path'>, next: Pick<Session, 'role' | 'path'>): boolean {
  if (previous.role !== next.role) return false;
  const shorter = Math.min(previous.path.length, next.path.length);
  return previous.path.slice(0, shorter).every((index, position) => next.path[position] === index);
}

export type { ClubOutcome } from './club-resume.ts';
export type { ChooseAgainCost } from '../core/club-wording.ts';

const SAVE_FAILED =
  'This club session cannot be saved in this browser (storage is unavailable or full). Play on, and download the report before you close the page.';

/**
 * A group playing one run together: every choice is a vote, and the votes, reasons and dissent are
 * kept with the game in a club slot after each choice, so the group can resume next week.
 */
export function createClubMode(options: ClubModeOptions) {
  const { director, bus, clubs } = options;
  const now = options.now ?? (() => new Date());
  let club: ClubSession | null = null;
  let slot: number | null = null;
  let warned = false;
  /** Which menus are key decisions: built from the maps of choices, which arrive with club mode. */
  let weights: MenuWeights | null = null;
  const listeners = new Set<(active: boolean) => void>();
  const announce = (): void => listeners.forEach((listener) => listener(club !== null));

  /** The run the group is playing: a session that neither extends nor rewinds it is another game. */
  let run: Pick<Session, 'role' | 'path' | 'ending'> | null = null;
  const leave = (): void => {
    club = null;
    slot = null;
    run = null;
    announce();
  };

  const persist = (): void => {
    const session = director.current();
    if (!club || !session) return;
    if (run && !continuesRun(run, session)) {
      const kept = slot;
      leave();
      bus.emit('notice', {
        id: 'club-left',
        message: `Club mode has ended because another game was opened.${
          kept === null ? '' : ` The group’s session is kept in club slot ${kept}.`
        }`,
      });
      return;
    }
    club = setAsideOffPath(club, run, session.path, now());
    run = session;
    save();
  };
  const save = (): void => {
    const session = director.current();
    if (!club || !session) return;
    const result = slot === null ? ({ ok: false } as const) : clubs.write(slot, club, session);
    if (!result.ok && !warned) {
      warned = true;
      bus.emit('notice', { id: 'club-unsaved', message: SAVE_FAILED });
    }
  };
  bus.on('session', persist);
  bus.on('title', leave);

  const begin = (next: ClubSession, where: number | null): void => {
    club = next;
    slot = where;
    run = null;
    warned = false;
    announce();
  };

  return {
    active: (): boolean => club !== null,
    groupName: (): string => club?.groupName ?? '',
    onChange(listener: (active: boolean) => void): void {
      listeners.add(listener);
    },
    /**
     * A new group: it takes the first free slot (or plays unsaved when there is none or no storage).
     * `from` is a path to a named start (the choices before it are history's, made before the group met).
     */
    start(
      groupName: string,
      role: Role,
      how: { readonly keyOnly?: boolean; readonly from?: readonly number[] } = {},
    ): void {
      const name = groupName.replace(/\s+/g, ' ').trim().slice(0, GROUP_NAME_MAX);
      const from = how.from ?? [];
      const fresh = { ...newClub(name, now()), keyOnly: how.keyOnly ?? false, beganAt: from.length };
      begin(fresh, clubs.available ? clubs.freeSlot() : null);
      if (from.length > 0 && director.startAt(role, from)) return;
      // the start could not be replayed: the group begins at the role's beginning
      if (club) club = { ...club, beganAt: 0 };
      director.startRole(role);
    },
    /** The maps' verdict on which menus are key decisions (until they arrive, every menu is put to the vote). */
    useWeights(next: MenuWeights): void {
      weights = next;
    },
    keyOnly: (): boolean => club?.keyOnly ?? false,
    /** "Key decisions only" switched on or off: kept with the session for next week. */
    setKeyOnly(on: boolean): void {
      if (!club || club.keyOnly === on) return;
      club = { ...club, keyOnly: on };
      save();
      announce();
    },
    /** Whether the menu is a key decision, and whether it touches the record. */
    weigh: (choices: readonly ChoiceOption[]): MenuWeight => weighChoices(choices, weights),
    /** The option a non-decision is settled on along history, if one is marked. */
    settledOption,
    /** Not a key decision: takes the option at `chosen` without a vote, recorded as settled. */
    settle(chosen: number): void {
      const session = director.current();
      const option = session?.choices[chosen];
      if (!club || !session || !option) return;
      const by = settledOption(session.choices)?.index === option.index ? 'history' : 'facilitator';
      club = withSettled(club, {
        atChoice: session.path.length,
        inkIndex: option.index,
        by,
        sitting: currentSitting(club),
      });
      director.choose(option.index);
    },
    /** Brings a group's session back from its slot; on a changed story, replays its choices. */
    resume(from: number): ClubOutcome {
      const read = clubs.read(from);
      if (read === null) return { ok: false, reason: `Club slot ${from} is empty.` };
      if (!read.ok) return { ok: false, reason: `Club slot ${from} could not be opened. ${read.reason}` };
      const { club: saved, save: game } = read.file;
      begin(beginSitting(saved, now()), from);
      const outcome = openClubGame(director, bus, game, from);
      if (!outcome.ok) leave();
      return outcome;
    },
    /**
     * The room has decided: `chosen` is the position of the option taken among the choices on screen.
     * Returns the vote as recorded (null for a decision with one option, which is no vote).
     */
    decide(tally: Tally, chosen: number, reason: string, voices: readonly Voice[] = []): ClubVote | null {
      const session = director.current();
      if (!club || !session) return null;
      const option = session.choices[chosen];
      if (!option) return null;
      const vote = recordVote(
        session.path.length,
        session.choices,
        tally,
        chosen,
        reason,
        currentSitting(club),
        voices,
      );
      if (putToVote(vote)) club = withVote(club, vote, now());
      director.choose(option.index);
      return putToVote(vote) ? vote : null;
    },
    /** The story offers one way on: it is taken without a vote, and the report says it was not put to one. */
    continueOn(): void {
      const only = director.current()?.choices;
      if (club && only?.length === 1 && only[0]) director.choose(only[0].index);
    },
    timerMinutes: (): number => timerMinutesOrDefault(club?.timerMinutes),
    /** The facilitator picked a discussion length: kept with the session for next week. */
    setTimerMinutes(minutes: number): void {
      if (!club || timerMinutesOrDefault(minutes) !== minutes || club.timerMinutes === minutes) return;
      club = { ...club, timerMinutes: minutes };
      save();
    },
    /** What choosing again at `choiceNumber` (0 = the first) would set aside; null outside club mode. */
    chooseAgainCost(choiceNumber: number): ChooseAgainCost | null {
      const session = director.current();
      if (!club || !session) return null;
      return {
        choice: choiceNumber + 1,
        text: session.decisions[choiceNumber]?.text ?? '',
        votes: votesFrom(club, choiceNumber).filter(putToVote).length,
        choices: Math.max(0, session.path.length - choiceNumber),
        ending: session.ending,
      };
    },
    report(): ClubReport | null {
      const session = director.current();
      if (!club || !session) return null;
      return buildClubReport({
        groupName: club.groupName,
        roleName: options.roleName(session.role),
        startedAt: club.startedAt,
        madeAt: now().toISOString(),
        sittings: club.sittings,
        decisions: session.decisions,
        ending: session.ending,
        votes: club.votes,
        setAside: club.setAside,
        settled: club.settled,
        beganAt: club.beganAt,
        extraSections: options.extraSections?.() ?? [],
      });
    },
  };
}

export type ClubMode = ReturnType<typeof createClubMode>;
