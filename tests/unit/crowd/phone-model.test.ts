import { describe, expect, it } from 'vitest';
import type { CrowdStateView } from '../../../src/crowd/protocol.ts';
import {
  announcement,
  initialModel,
  myOption,
  screenOf,
  type PhoneModel,
} from '../../../src/crowd/phone/phone-model.ts';
import { stateView } from '../../../src/crowd/state-view.ts';

const room = (over: Partial<CrowdStateView> = {}): CrowdStateView => ({
  phase: 'waiting',
  voteId: '',
  passage: '',
  options: [],
  joined: 1,
  projector: true,
  decided: -1,
  ...over,
});
const model = (over: Partial<PhoneModel>): PhoneModel => ({ ...initialModel, link: 'in', code: 'ACDEFG', ...over });

describe('the phone page’s screens', () => {
  it('asks for the code until a room is joined, and says why a join failed', () => {
    expect(screenOf(initialModel)).toBe('join');
    expect(screenOf(model({ link: 'joining', room: null }))).toBe('join');
    const failed = model({ link: 'idle', problem: 'No room has the code ACDEFG.' });
    expect(screenOf(failed)).toBe('join');
    expect(announcement(failed)).toBe('No room has the code ACDEFG.');
  });

  it('follows the room’s phase: waiting, voting, closed, and the group’s choice after', () => {
    expect(screenOf(model({ room: room() }))).toBe('waiting');
    expect(announcement(model({ room: room() }))).toBe('You are in. Wait for the facilitator to open a vote.');
    const open = room({ phase: 'open', voteId: 'v1', options: ['Wait', 'Strike'] });
    expect(screenOf(model({ room: open }))).toBe('voting');
    expect(announcement(model({ room: open }))).toBe('The vote is open. Choose one option.');
    expect(screenOf(model({ room: { ...open, phase: 'closed' } }))).toBe('closed');
    const decided = room({ voteId: '', options: ['Wait', 'Strike'], decided: 1 });
    expect(announcement(model({ room: decided }))).toBe('The group chose “Strike”. Wait for the next vote.');
  });

  it('says the phone’s own vote only for the vote it was cast in', () => {
    const open = room({ phase: 'open', voteId: 'v2', options: ['Wait', 'Strike'] });
    const mine = { voteId: 'v2', option: 1, reason: '' };
    expect(myOption(model({ room: open, mine }))).toBe(1);
    expect(announcement(model({ room: open, mine }))).toBe(
      'Your vote: “Strike”. You can change it until the vote closes.',
    );
    expect(myOption(model({ room: open, mine: { ...mine, voteId: 'v1' } }))).toBeNull();
  });

  it('keeps the vote on screen while it reconnects, and says the room has gone when it has', () => {
    const open = room({ phase: 'open', voteId: 'v2', options: ['Wait', 'Strike'] });
    const dropped = model({ link: 'rejoining', room: open, mine: { voteId: 'v2', option: 0, reason: '' } });
    expect(screenOf(dropped)).toBe('voting');
    expect(announcement(dropped)).toBe(
      'The connection was lost. Reconnecting by itself; your vote for “Wait” is kept…',
    );
    expect(screenOf(model({ link: 'rejoining', room: null }))).toBe('waiting');
    const gone = model({ link: 'gone', problem: 'The facilitator has ended crowd play.' });
    expect(screenOf(gone)).toBe('gone');
    expect(announcement(gone)).toBe('The facilitator has ended crowd play.');
  });

  it('waits for the facilitator’s screen when the projector is away', () => {
    expect(announcement(model({ room: room({ projector: false }) }))).toBe(
      'Waiting for the facilitator’s screen to come back…',
    );
  });
});

describe('the decoded room state as plain data', () => {
  it('copies the collections, and reads an unknown phase as waiting', () => {
    const options = ['A', 'B'];
    const view = stateView({ phase: 'open', voteId: 'v', options, joined: 3, projector: true, decided: -1 });
    expect(view).toEqual({
      phase: 'open',
      voteId: 'v',
      passage: '',
      options: ['A', 'B'],
      joined: 3,
      projector: true,
      decided: -1,
    });
    options.push('C');
    expect(view.options).toEqual(['A', 'B']);
    expect(Object.isFrozen(view.options)).toBe(true);
    expect(stateView({ phase: 'dancing' }).phase).toBe('waiting');
    expect(stateView({ decided: Number.NaN }).decided).toBe(-1);
  });
});
