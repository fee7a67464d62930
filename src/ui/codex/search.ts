import type { CodexEntry } from '../../core/codex-entry.ts';

/** Lower case without accents, so "mieville" finds "Miéville" and "SR" finds "sr". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The entries that match every word of the query, best first: a match in the title or an alias
 * before a match only in the text, then by title. An empty query lists everything.
 */
export function searchCodex(entries: readonly CodexEntry[], query: string): CodexEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const scored: { entry: CodexEntry; score: number }[] = [];
  for (const entry of entries) {
    const names = fold([entry.title, ...entry.aliases].join(' '));
    const all = fold([names, ...entry.paragraphs, entry.fate ?? '', ...entry.sources].join(' '));
    if (!words.every((word) => all.includes(word))) continue;
    scored.push({ entry, score: words.filter((word) => names.includes(word)).length });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title, 'en'))
    .map(({ entry }) => entry);
}
