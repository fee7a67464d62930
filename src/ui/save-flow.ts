import type { Director } from '../app/director.ts';
import { exportFileName, type SaveSlots } from '../app/save-slots.ts';
import type { Role } from '../core/roles.ts';
import { createSave, MAX_SAVE_BYTES, readSave, serializeSave } from '../core/save-file.ts';
import { ROLE_CARDS } from './role-cards.ts';
import { createSavesDialog } from './saves-dialog.ts';
import { createStoryChangedDialog } from './story-changed-dialog.ts';

export interface SaveFlowOptions {
  readonly director: Director;
  readonly slots: SaveSlots;
  readonly storyHash: string;
  /** Fetches the role's part of the story before its save is opened. */
  readonly storyReady: (role: Role) => Promise<void>;
  readonly showGame: () => void;
  readonly showTitle: () => void;
  readonly inGame: () => boolean;
  readonly notice: (id: string, message: string) => void;
}

/**
 * Every way a saved game comes back: the autosave, a slot, or a file. Whatever goes wrong, the
 * player is told why and nothing already saved is touched.
 */
export function createSaveFlow(options: SaveFlowOptions) {
  const { director, slots } = options;
  const changed = createStoryChangedDialog();

  const open = (text: string, fromWhere: string, onRefused: (reason: string) => void): void => {
    const read = readSave(text, options.storyHash);
    if (!read.ok) {
      openFetched(text, fromWhere, onRefused);
      return;
    }
    options.storyReady(read.save.session.role).then(
      () => openFetched(text, fromWhere, onRefused),
      (error: unknown) =>
        onRefused(`${fromWhere} could not be opened. ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  const openFetched = (text: string, fromWhere: string, onRefused: (reason: string) => void): void => {
    const wasInGame = options.inGame();
    // the story must be on the page before the session arrives, so that focus can land in it
    options.showGame();
    const back = (): void => {
      if (!wasInGame) options.showTitle();
    };
    const outcome = director.open(text);
    if (outcome.kind === 'opened') return;
    back();
    if (outcome.kind === 'refused')
      return onRefused(`${fromWhere} could not be opened. ${outcome.reason} Nothing has been changed.`);
    changed.ask(
      () => {
        options.showGame();
        if (director.replay(outcome.save)) {
          options.notice('save-replayed', 'Your choices were replayed on the new version of the story.');
          return;
        }
        back();
        onRefused(
          `${fromWhere} was made on an earlier version of the story, and its choices no longer fit the new one. It has been kept untouched.`,
        );
      },
      () => undefined,
    );
  };

  const dialog = createSavesDialog({
    canSave: () => options.inGame() && director.current() !== null,
    storageAvailable: slots.available,
    slots: () => slots.list(),
    defaultLabel: () => {
      const session = director.current();
      if (!session) return '';
      const name = ROLE_CARDS.find((card) => card.role === session.role)?.name ?? session.role;
      return session.scene.chapter ? `${name}: ${session.scene.chapter}` : name;
    },
    save(slot, label) {
      const session = director.current();
      if (!session) return 'There is no game on screen to save.';
      const result = slots.write(slot, session, label);
      if (result.ok) return `Saved in slot ${slot}.`;
      return result.reason === 'full'
        ? 'Could not save: the browser’s storage is full. Nothing was overwritten; try saving to a file instead.'
        : 'Could not save: the browser refused to store it. Nothing was overwritten; try saving to a file instead.';
    },
    load(slot) {
      const text = slots.read(slot);
      if (text === null) return dialog.say(`Slot ${slot} is empty.`);
      dialog.close();
      open(text, `Slot ${slot}`, (message) => {
        dialog.open();
        dialog.say(message);
      });
    },
    remove(slot) {
      slots.remove(slot);
      return `Slot ${slot} is now empty.`;
    },
    exportFile() {
      const session = director.current();
      if (!session) return 'There is no game on screen to save.';
      const blob = new Blob([serializeSave(createSave(session, options.storyHash, new Date()))], {
        type: 'application/json',
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = exportFileName(session);
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return `Saved to the file ${link.download} (look in your downloads).`;
    },
    importFile(file) {
      const report = (message: string): void => {
        dialog.open();
        dialog.say(message);
      };
      if (file.size > MAX_SAVE_BYTES)
        return report(`“${file.name}” is far too large to be a save of this game. Nothing has been changed.`);
      file.text().then(
        (text) => {
          dialog.close();
          open(text, `“${file.name}”`, report);
        },
        () => report(`“${file.name}” could not be read. Nothing has been changed.`),
      );
    },
  });

  return {
    elements: [dialog.element, changed.element],
    openSaves: () => dialog.open(),
    /** Continue from the title screen. */
    continueGame() {
      const text = director.autosaveText();
      if (text !== null) open(text, 'Your last game', (message) => options.notice('save-unreadable', message));
    },
  };
}
