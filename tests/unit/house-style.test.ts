import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodex } from '../../tools/codex/load-codex.ts';
import { compileInk } from '../../tools/ink/compile.ts';
import { checkStory, ROLES } from '../../tools/story/check.ts';
import {
  chapterOpenings,
  daysNamed,
  houseStyle,
  internalNames,
  namesBothCalendars,
  quotations,
} from '../../tools/story/house-style.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/house-style');
const ENTRY = join(FIXTURE, 'main.ink');
const CODEX = loadCodex(join(FIXTURE, 'codex')).entries;

describe('both calendars at a chapter’s opening', () => {
  it.each([
    // the forms the story uses
    'Tuesday, 24 October 1917, Old Style; in the West, the sixth of November.',
    'Monday, 16 October 1917, Old Style; in Zurich and London it is already the twenty-ninth.',
    'Wednesday, 18 October 1917, Old Style; the thirty-first in the West.',
    'It is Tuesday, the 24th of October 1917: the 6th of November by the Western calendar.',
    'Friday, 6 October 1917 by the Russian calendar; in Paris and London it is already Friday the 19th.',
    'Wednesday, 1 November 1917, Old Style; the fourteenth in the West.',
    '24 October (6 November)',
  ])('accepts “%s”', (text) => {
    expect(namesBothCalendars(text)).toBe(true);
  });

  it.each([
    'Tuesday, 24 October 1917. The rain has not stopped.',
    'It is twenty to one on Wednesday the 25th of October.',
    'Thirteen days behind the West, in 1917.',
  ])('refuses “%s”', (text) => {
    expect(namesBothCalendars(text)).toBe(false);
  });

  it('reads days as numbers and ordinals, never as cardinals or years', () => {
    expect(daysNamed('the 25th, the seventh, twenty to one, in 1917, the twenty-ninth')).toEqual([25, 7, 29]);
  });

  it('reads a chapter that opens inside a conditional by its first branch', () => {
    const chapter = (first: string): string =>
      [
        '# chapter: The Price of the First Shot',
        '{streets == 3:',
        `    ${first}`,
        '- else:',
        '    Sunday evening, 22 October 1917; in the West, the 4th of November.',
        '}',
      ].join('\n');
    expect(chapterOpenings('/x.ink', chapter('Wednesday, 25 October 1917; in the West, the 7th of November.'))).toEqual(
      [],
    );
    expect(chapterOpenings('/x.ink', chapter('The grey morning comes up over the city.'))).toMatchObject([{ line: 3 }]);
  });

  it('takes the month from the chapter’s clock when the paragraph names none', () => {
    // 20 September OS is 3 October NS; in October the 20th would be 2 November
    expect(namesBothCalendars('The 20th here, the 3rd in the West.', 9)).toBe(true);
    expect(namesBothCalendars('The 20th here, the 3rd in the West.')).toBe(false);
  });
});

describe('quotations given to real people', () => {
  const warn = (line: string): string[] => quotations('/x.ink', line, CODEX).map((d) => d.message);

  it('leaves unnamed speakers, crowds and invented dialogue alone', () => {
    expect(warn('"We must go," he says. # basis: documented')).toEqual([]);
    expect(warn('The crowd shouts, "Down with Kerensky!" # basis: documented')).toEqual([]);
    expect(warn('"Then go," Lenin says. # basis: invented')).toEqual([]);
    // a basis tag on a line of its own belongs to the text after it
    expect(warn('# basis: plausible\n"Then go," Lenin says.')).toEqual([]);
    expect(warn('# basis: documented\n"Then go," Lenin says.')).toHaveLength(1);
  });

  it('knows the attributions the story writes', () => {
    for (const line of [
      '"Now," said Lenin.',
      '"Now," Lenin later wrote.',
      'Lenin: "Now."',
      'Trotsky admits, "sailors undoubtedly committed outrages".',
      'Trotsky later wrote to the Soviet: "Now."',
    ])
      expect(warn(`${line} # basis: documented`), line).toHaveLength(1);
  });
});

const KINDS = [
  ['no calendars', 'opens without its date in both calendars'],
  ['quotation unmarked', 'in a documented passage'],
  ['quoted mark names another', 'but the quoted mark names'],
  ['long passage', '611 words between two choices'],
] as const;

describe('the house style on a fixture story', () => {
  it('finds each flagged line, and only those', () => {
    const compiled = compileInk(ENTRY);
    const found = houseStyle({
      files: compiled.files,
      storyJson: compiled.json,
      codex: CODEX,
      roles: ['lenin'],
      allRoles: ROLES,
    }).map((d) => `${d.line ?? ''} ${KINDS.find(([, words]) => d.message.includes(words))?.[0] ?? d.message}`);
    expect(found).toEqual([
      '21 no calendars',
      '7 quotation unmarked',
      '9 quoted mark names another',
      '23 quotation unmarked',
      '30 long passage',
    ]);
  });

  it('is an option of the story check, off unless asked for', () => {
    const manifest = join(ROOT, 'assets/audio/manifest.json');
    const plain = checkStory(ENTRY, manifest, false, 'lenin');
    expect(plain.diagnostics.filter((d) => d.message.startsWith('house style'))).toEqual([]);
    const styled = checkStory(ENTRY, manifest, false, 'lenin', { houseStyle: true });
    expect(styled.diagnostics.filter((d) => d.message.startsWith('house style'))).toHaveLength(5);
    expect(styled.diagnostics.filter((d) => d.message.startsWith('house style')).map((d) => d.severity)).toEqual(
      Array<string>(5).fill('warning'),
    );
  });

  it('npm run story -- style prints the warnings with their count per role and exits 1', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'tools/story/cli.ts', 'style', '--entry', ENTRY, '--role', 'lenin'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /house-style\/lenin\/01_style\.ink:7: warning: house style: words in quotation marks/,
    );
    expect(result.stdout).toContain('house style: 5 warning(s) (lenin 5)');
  });
});

describe('our working names kept out of the words a player reads', () => {
  it('flags "bible" and a branch code in the text, never in a tag or a comment', () => {
    const source = [
      'What historians argue: the bible puts it in a sentence.',
      'As in L3, the Congress decides.',
      '* [Wait for the Congress #historicity: plausible L3]',
      '// facts: bible 6.1 (L3)',
      'The Aurora fires a blank. # basis: documented',
    ].join('\n');
    expect(internalNames('/x.ink', source).map((d) => [d.line, d.severity])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
    ]);
  });
});
