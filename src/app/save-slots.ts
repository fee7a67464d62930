import { formatBothCalendars } from '../core/clock.ts';
import { createSave, readSave, serializeSave, type SaveFile } from '../core/save-file.ts';
import type { Session } from '../core/session.ts';
import type { KeyValueStore, WriteResult } from '../platform/storage.ts';

export const SLOT_COUNT = 3;
const slotKey = (slot: number): string => `petrograd1917.slot.${slot}`;

export type SlotView =
  | { readonly slot: number; readonly state: 'empty' }
  | { readonly slot: number; readonly state: 'damaged'; readonly reason: string }
  | {
      readonly slot: number;
      readonly state: 'saved';
      readonly label: string;
      readonly role: Session['role'];
      readonly chapter: string | null;
      /** The date and hour in the story, both calendars. */
      readonly storyTime: string | null;
      readonly savedAt: Date;
      readonly storyChanged: boolean;
    };

/** What a slot or an exported file says about the game inside it, for the player to recognise it. */
export function describeSave(save: SaveFile): {
  role: Session['role'];
  chapter: string | null;
  storyTime: string | null;
} {
  const { scene, role } = save.session;
  return { role, chapter: scene.chapter, storyTime: scene.time ? formatBothCalendars(scene.time) : null };
}

/** Three named manual save slots beside the autosave. */
export function createSaveSlots(store: KeyValueStore, storyHash: string, now: () => Date = () => new Date()) {
  return {
    available: store.available,
    list(): SlotView[] {
      return Array.from({ length: SLOT_COUNT }, (_, index): SlotView => {
        const slot = index + 1;
        const text = store.get(slotKey(slot));
        if (text === null) return { slot, state: 'empty' };
        const read = readSave(text, storyHash);
        if (!read.ok) return { slot, state: 'damaged', reason: read.reason };
        const { save } = read;
        return {
          slot,
          state: 'saved',
          label: save.label,
          ...describeSave(save),
          savedAt: new Date(save.savedAt),
          storyChanged: read.storyChanged,
        };
      });
    },
    write(slot: number, session: Session, label: string): WriteResult {
      return store.set(slotKey(slot), serializeSave(createSave(session, storyHash, now(), label.trim())));
    },
    read(slot: number): string | null {
      return store.get(slotKey(slot));
    },
    remove(slot: number): void {
      store.remove(slotKey(slot));
    },
  };
}

export type SaveSlots = ReturnType<typeof createSaveSlots>;

/** A file name that says what is inside: petrograd-1917-lenin-1917-10-10.json */
export function exportFileName(session: Session): string {
  const time = session.scene.time;
  const date = time ? `-${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}` : '';
  return `petrograd-1917-${session.role}${date}.json`;
}
