declare module 'virtual:codex' {
  import type { CodexEntry } from '../core/codex-entry.ts';
  /** The codex entries, parsed from story/codex/*.md at build time (tools/codex/vite-plugin-codex.ts). */
  const entries: readonly CodexEntry[];
  export default entries;
}
