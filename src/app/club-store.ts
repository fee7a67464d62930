import {
  createClubFile,
  readClubFile,
  type ClubFile,
  type ClubReadResult,
  type ClubSession,
} from '../core/club-file.ts';
import { putToVote } from '../core/club-vote.ts';
import type { Role } from '../core/roles.ts';
import { createSave } from '../core/save-file.ts';
import type { Session } from '../core/session.ts';
import type { KeyValueStore, WriteResult } from '../platform/storage.ts';

/** Enough for a teacher's classes on one classroom computer. */
export const CLUB_SLOT_COUNT = 4;
const slotKey = (slot: number): string => `petrograd1917.club.${slot}`;

export type ClubSlotView =
  | { readonly slot: number; readonly state: 'empty' }
  | { readonly slot: number; readonly state: 'damaged'; readonly reason: string }
  | {
      readonly slot: number;
      readonly state: 'saved';
      readonly groupName: string;
      readonly role: Role;
      readonly chapter: string | null;
      readonly votes: number;
      /** The ending the group reached: the session is finished. */
      readonly ending: string | null;
      readonly sittings: number;
      readonly savedAt: Date;
    };

/** Club sessions, each in its own slot beside the game saves, validated like them when read back. */
export function createClubStore(store: KeyValueStore, storyHash: string, now: () => Date = () => new Date()) {
  const read = (slot: number): ClubReadResult | null => {
    const text = store.get(slotKey(slot));
    return text === null ? null : readClubFile(text);
  };
  return {
    available: store.available,
    list(): ClubSlotView[] {
      return Array.from({ length: CLUB_SLOT_COUNT }, (_, index): ClubSlotView => {
        const slot = index + 1;
        const result = read(slot);
        if (result === null) return { slot, state: 'empty' };
        if (!result.ok) return { slot, state: 'damaged', reason: result.reason };
        const { club, save, savedAt } = result.file;
        return {
          slot,
          state: 'saved',
          groupName: club.groupName,
          role: save.session.role,
          chapter: save.session.scene.chapter,
          votes: club.votes.filter(putToVote).length,
          ending: save.session.ending,
          sittings: club.sittings.length,
          savedAt: new Date(savedAt),
        };
      });
    },
    /** The first empty slot, or null when every slot holds a group. */
    freeSlot(): number | null {
      for (let slot = 1; slot <= CLUB_SLOT_COUNT; slot++) if (store.get(slotKey(slot)) === null) return slot;
      return null;
    },
    write(slot: number, club: ClubSession, session: Session): WriteResult {
      const file: ClubFile = createClubFile(club, createSave(session, storyHash, now()), now());
      return store.set(slotKey(slot), JSON.stringify(file));
    },
    read,
    remove(slot: number): void {
      store.remove(slotKey(slot));
    },
  };
}

export type ClubStore = ReturnType<typeof createClubStore>;
