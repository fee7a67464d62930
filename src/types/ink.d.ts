declare module '*.ink' {
  /** The compiled ink story (see tools/ink/vite-plugin-ink.ts). */
  const story: Record<string, unknown>;
  /** A short hash of the compiled story, so saves know which story they belong to. */
  export const storyHash: string;
  export default story;
}
declare module '*.ink?hash' {
  /** The hash alone, without the story (saves name the whole story they were made on). */
  export const storyHash: string;
}
// one declaration per role: a module pattern may hold only one wildcard
declare module '*.ink?role=lenin' {
  /** Lenin's part of the story (see tools/ink/role-part.ts). */
  const story: Record<string, unknown>;
  export default story;
}
declare module '*.ink?role=kerensky' {
  /** Kerensky's part of the story. */
  const story: Record<string, unknown>;
  export default story;
}
declare module '*.ink?role=junker' {
  /** The cadet's part of the story. */
  const story: Record<string, unknown>;
  export default story;
}
