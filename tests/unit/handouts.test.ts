import { describe, expect, it } from 'vitest';
import branchesJson from '../../story/debrief/branches.json';
import type { CodexEntry } from '../../src/core/codex-entry.ts';
import { parseBranchNotes, type BranchNote } from '../../src/core/debrief/content.ts';
import { roleBranchNotes, roleQuestions } from '../../src/core/debrief/role-questions.ts';
import {
  EXIT_QUESTIONS_MAX,
  exitQuestions,
  glossaryFor,
  namedIn,
  ROLE_WANTS,
  shortDefinition,
} from '../../src/core/handouts.ts';
import { ROLES } from '../../src/core/roles.ts';

const entry = (id: string, kind: CodexEntry['kind'], title: string, aliases: string[], text: string): CodexEntry => ({
  id,
  kind,
  title,
  aliases,
  paragraphs: [text],
  fate: null,
  sources: [],
});

const CODEX = [
  entry(
    'smolny',
    'place',
    'Smolny Institute',
    ['Smolny'],
    'A school for noble girls. The Soviet met there from August.',
  ),
  entry('mrc', 'body', 'Military Revolutionary Committee', ['MRC'], 'The Soviet’s committee for the garrison.'),
  entry('trotsky', 'person', 'Leon Trotsky', ['Trotsky'], 'Chairman of the Petrograd Soviet from September 1917.'),
  entry('kerensky', 'person', 'Alexander Kerensky', ['Kerensky'], 'Minister-President.'),
];

describe('a role’s glossary from the codex', () => {
  const story =
    '["^You reach Smolny at midnight.","^Trotsky is already there.",{"#":"place: smolny"},"^The MRC sits."]';

  it('keeps the entries the story names by a whole word, people first, then bodies, then places', () => {
    expect(glossaryFor(CODEX, story).map((item) => item.id)).toEqual(['trotsky', 'mrc', 'smolny']);
  });

  it('does not take part of a word for a name', () => {
    expect(namedIn('Smolnyish', CODEX[0] as CodexEntry)).toBe(false);
    expect(namedIn('at Smolny.', CODEX[0] as CodexEntry)).toBe(true);
  });

  it('says each entry in its first sentences, whole, within about two printed lines', () => {
    expect(shortDefinition(['A school for noble girls. The Soviet met there from August.'])).toBe(
      'A school for noble girls. The Soviet met there from August.',
    );
    const first = `The garrison ${'and its committees '.repeat(10)}met.`;
    const second = `Then ${'more words '.repeat(10)}came.`;
    expect(shortDefinition([`${first} ${second}`])).toBe(first);
    const endless = shortDefinition([`A sentence ${'without end '.repeat(40)}at all.`]);
    expect(endless.length).toBeLessThanOrEqual(260);
    expect(endless.endsWith('…')).toBe(true);
    expect(shortDefinition(['One. Two.', 'A second paragraph.'])).toBe('One. Two.');
  });
});

describe('an exit ticket’s questions', () => {
  const notes = new Map<string, BranchNote>([
    [
      'K2',
      { id: 'K2', title: 'Striking hard and early', happened: 'He waited.', historians: 'Rabinowitch: too late.' },
    ],
    ['L1', { id: 'L1', title: 'Lenin stays in hiding', happened: 'He went.', historians: 'Figes: decisive.' }],
    ['K1', { id: 'K1', title: 'No transfer of the garrison', happened: 'It was ordered.', historians: 'Wade: fatal.' }],
  ]);

  it('asks a role, before any run, what the debrief asks of a run: room to choose, the other side, a debate, the possible', () => {
    const questions = roleQuestions('kerensky', notes);
    expect(questions).toHaveLength(4);
    expect(questions[0]).toContain('did Kerensky have real room to choose otherwise');
    expect(questions[1]).toContain('a soldier of the garrison, or a delegate of the Soviet');
    // the role's own first counterfactual, never another role's, and by its title (no branch code)
    expect(questions[2]).toContain('no transfer of the garrison. Wade: fatal.');
    expect(questions.join(' ')).not.toMatch(/\b[LKJ]\d\b|Figes/);
    expect(roleQuestions('junker', notes)).toHaveLength(3);
  });

  it('takes each role’s counterfactuals from the real notes, in the table’s order', () => {
    const read = parseBranchNotes(branchesJson);
    if (!read.ok) throw new Error(read.problems.join('; '));
    for (const role of ROLES) {
      const own = roleBranchNotes(role, read.value);
      expect(own.length).toBeGreaterThan(0);
      expect(roleQuestions(role, read.value)[2]).toContain((own[0] as BranchNote).title.toLowerCase());
    }
    expect(roleBranchNotes('kerensky', notes).map((note) => note.id)).toEqual(['K1', 'K2']);
  });

  it('prefers the questions the group’s own session raised, without the report’s numbers, and keeps to one page', () => {
    const role = roleQuestions('lenin', notes);
    expect(exitQuestions([], role)).toEqual(role);
    const session = ['1. Why did you stay? (From your choice 3.)', '2. Who else could?', '3. A', '4. B', '5. C'];
    const ticket = exitQuestions(session, role);
    expect(ticket[0]).toBe('Why did you stay? (From your choice 3.)');
    expect(ticket).toHaveLength(EXIT_QUESTIONS_MAX);
  });

  it('says what each role wants, for every role', () => {
    for (const role of ROLES) expect(ROLE_WANTS[role].length).toBeGreaterThan(40);
  });
});
