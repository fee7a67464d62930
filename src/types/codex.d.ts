declare module 'virtual:codex' {
  /** The codex entries, parsed from story/codex/*.md at build time (tools/codex/vite-plugin-codex.ts). */
  const entries: readonly import('../core/codex-entry.ts').CodexEntry[];
  export default entries;
}
declare module 'virtual:codex-terms' {
  /** Each codex entry's id, title and aliases, for linking the story text (tools/codex/vite-plugin-codex.ts). */
  const terms: readonly import('../core/codex-entry.ts').CodexTerm[];
  export default terms;
}
