declare module '*.ink' {
  /** The compiled ink story (see tools/ink/vite-plugin-ink.ts). */
  const story: Record<string, unknown>;
  /** A short hash of the compiled story, so saves know which story they belong to. */
  export const storyHash: string;
  export default story;
}
