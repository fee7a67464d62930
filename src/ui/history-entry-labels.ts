/** The history views' buttons, named once: the title shows them before the views themselves have loaded. */
export const HISTORY_ENTRY_LABELS = {
  endings: 'Endings…',
  map: 'Map of choices…',
  ledger: 'How far from history?',
  starts: 'Begin at a decision…',
} as const;
