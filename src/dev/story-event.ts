/**
 * What the dev server tells the page when an .ink file is saved (tools/ink/vite-plugin-ink.ts sends
 * it; src/dev/live-story.ts hears it). Here, not in the plugin, because the page must not import Node code.
 */
export const STORY_CHANGED_EVENT = 'petrograd:story-changed';

export interface StoryChanged {
  /** The saved file, relative to the project. */
  readonly file: string;
  /** Role → the URL of that role's part of the story, for each part a page has loaded. */
  readonly parts: Readonly<Record<string, string>>;
}
