declare module 'virtual:codex' {
  /** The codex entries, parsed from story/codex/*.md at build time (tools/codex/vite-plugin-codex.ts). */
  const entries: readonly import('../core/codex-entry.ts').CodexEntry[];
  export default entries;
}
