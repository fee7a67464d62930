import type { Role } from '../roles.ts';
import type { BranchNote } from './content.ts';
import { HELD_IN_PLACE, historiansQuestion, OTHER_SIDE, PROTAGONIST } from './questions.ts';

/** The letter a role's counterfactuals carry in the branch table (L1, K1, J1…): never shown to players. */
const BRANCH_LETTER: Readonly<Record<Role, string>> = { lenin: 'L', kerensky: 'K', junker: 'J' };

const branchNumber = (id: string): number => Number(id.slice(1));

/** The role's counterfactuals, in the table's order (the first of each role is its central one). */
export function roleBranchNotes(role: Role, notes: ReadonlyMap<string, BranchNote>): BranchNote[] {
  return [...notes.values()]
    .filter((note) => note.id.startsWith(BRANCH_LETTER[role]))
    .sort((a, b) => branchNumber(a.id) - branchNumber(b.id));
}

/**
 * The debrief's questions for a role before any run of it (a class's exit ticket printed ahead of the
 * lesson): the same questions a debrief asks of a run, put to whatever the group will choose.
 */
export function roleQuestions(role: Role, notes: ReadonlyMap<string, BranchNote>): string[] {
  const who = PROTAGONIST[role];
  const debate = roleBranchNotes(role, notes)[0];
  return [
    `At which of your group’s decisions did ${who} have real room to choose otherwise, and what held the choice in place: ${HELD_IN_PLACE}`,
    `Make the strongest case against your group’s most important choice from the other side, as ${OTHER_SIDE[role]} would have made it. Is there anything in it you would grant?`,
    ...(debate ? [historiansQuestion('A question historians still argue over', debate)] : []),
    'What is the difference between a choice that is merely different from history and one that was not really possible in October 1917?',
  ];
}
