import './debrief.css';
import { formatClock, formatDate, toNewStyle, weekday, type StoryTime } from '../core/clock.ts';
import { GRADE_LEGEND, type Precision } from '../core/debrief/content.ts';
import { describeBeginning } from '../core/debrief/beginning.ts';
import type { Debrief } from '../core/debrief/debrief.ts';
import { describeDistance, describeStanding, type Ledger } from '../core/debrief/ledger.ts';
import type { PersonMet } from '../core/debrief/people.ts';
import type { TimelineRow } from '../core/debrief/timeline.ts';
import { endingTitle } from '../core/debrief/ending-titles.ts';
import { PLACES } from '../core/places.ts';
import { dataTable, el } from './dom.ts';

const HISTORICITY_LABEL = { historical: 'Historical', plausible: 'Plausible', speculative: 'Speculative' } as const;

function oldStyle(time: StoryTime | null, precision: Precision): string {
  if (!time) return '';
  const clock = precision === 'day' ? '' : `${precision === 'about' ? 'about ' : ''}${formatClock(time)}`;
  return [`${weekday(time)} ${formatDate(time)}`, clock].filter(Boolean).join(', ');
}

function when(time: StoryTime | null, precision: Precision): HTMLTableCellElement {
  return el(
    'th',
    { scope: 'row' },
    el('span', { class: 'os' }, oldStyle(time, precision)),
    time ? el('span', { class: 'ns' }, `${formatDate(toNewStyle(time))} NS`) : null,
  );
}

// the legend says it on screen; the tooltip repeats it where the letter stands
const GRADE_TITLE = {
  A: 'A: attested by several independent sources',
  B: 'B: resting on one good source',
  C: 'C: disputed',
} as const;

let ledgersDrawn = 0;

/** The ledger as a sentence, a meter and the divergences: shown in the debrief and from the menu. */
export function renderLedger(
  ledger: Ledger,
  headingLevel: 'h2' | 'h3' = 'h3',
  counterfactuals: readonly string[] = [],
): HTMLElement {
  // the debrief and the menu's ledger can be in the page together: each meter has its own label
  const meterId = `ledger-meter-${String(++ledgersDrawn)}`;
  const meter = el('meter', {
    id: meterId,
    min: 0,
    max: Math.max(1, ledger.maxDistance),
    value: ledger.distance,
    low: Math.max(1, ledger.maxDistance) / 3,
    high: (Math.max(1, ledger.maxDistance) * 2) / 3,
    optimum: 0,
  });
  return el(
    'section',
    { class: 'ledger', 'data-standing': ledger.standing, 'aria-label': 'Distance from history' },
    el(headingLevel, {}, 'How far you left history'),
    el('p', { class: 'ledger-standing' }, describeStanding(ledger.standing)),
    el('p', { class: 'ledger-distance' }, el('label', { for: meterId }, describeDistance(ledger)), ' ', meter),
    el(
      'p',
      { class: 'ledger-scale' },
      'Each choice that touches the record counts: historical 0, plausible 1 (history left it open), speculative 2 (the record makes it unlikely).',
    ),
    ledger.firstDivergence
      ? el(
          'p',
          { class: 'ledger-first' },
          `First divergence: “${ledger.firstDivergence.decision.text}” (choice ${ledger.firstDivergence.choiceNumber + 1}, ${ledger.firstDivergence.historicity}).`,
        )
      : null,
    // by their titles (the debrief has them); the menu's ledger, without the notes, only counts them
    counterfactuals.length > 0
      ? el('p', { class: 'ledger-branches' }, `Counterfactuals opened: ${counterfactuals.join('; ')}.`)
      : ledger.branches.length > 0
        ? el(
            'p',
            { class: 'ledger-branches' },
            `Counterfactuals opened: ${String(ledger.branches.length)}; the debrief at the ending says what historians argue about each.`,
          )
        : null,
  );
}

function timelineRow(row: TimelineRow): HTMLTableRowElement {
  if (row.kind === 'real') {
    const { event } = row;
    return el(
      'tr',
      { class: row.duringRun ? 'real during' : 'real' },
      when(event.time, event.precision),
      el(
        'td',
        {},
        event.text,
        event.place ? el('span', { class: 'where' }, ` ${PLACES[event.place].name}.`) : null,
        el('span', { class: 'grade', title: GRADE_TITLE[event.grade] }, ` [${event.grade}]`),
      ),
      el('td', {}),
    );
  }
  if (row.kind === 'telling')
    return el(
      'tr',
      // not 'yours': a telling is no choice of the player's (the rows of choices count them)
      { class: 'telling' },
      when(row.time, 'exact'),
      el('td', {}),
      el('td', {}, el('strong', {}, `${row.title}: `), row.text),
    );
  // choices of manner change nothing the record knows of: shown on the path, without a mark
  const mark = row.historicity ? el('span', { class: 'historicity-mark' }, HISTORICITY_LABEL[row.historicity]) : null;
  return el(
    'tr',
    { class: 'yours', 'data-historicity': row.historicity ?? 'manner' },
    when(row.time, 'exact'),
    el('td', {}),
    el(
      'td',
      {},
      mark,
      mark ? ' ' : null,
      el('span', { class: 'decision' }, `You chose: “${row.decision.text}”`),
      row.note
        ? el(
            'span',
            { class: 'branch-note' },
            el('strong', {}, `${row.note.title}. `),
            `What happened: ${row.note.happened} What historians argue: ${row.note.historians}`,
          )
        : null,
    ),
  );
}

export interface DebriefActions {
  print(): void;
  openMap(): void;
  openEndings(): void;
}

/** "Your October and the real October": the whole debrief, from plain data, ready to read or print. */
export function renderDebrief(debrief: Debrief, actions: DebriefActions | null): HTMLElement {
  const buttons = actions
    ? el(
        'p',
        { class: 'debrief-actions' },
        button('Print the debrief', () => actions.print()),
        button('Map of choices…', () => actions.openMap(), true),
        button('Endings…', () => actions.openEndings(), true),
      )
    : null;
  return el(
    'article',
    { class: 'debrief', 'aria-labelledby': 'debrief-title' },
    el('h2', { id: 'debrief-title', tabindex: '-1' }, 'Your October and the real October'),
    debrief.ending
      ? el('p', { class: 'debrief-ending' }, 'Your ending: ', el('strong', {}, endingTitle(debrief.ending)))
      : null,
    debrief.closingText ? el('blockquote', { class: 'debrief-closing' }, debrief.closingText) : null,
    debrief.began ? el('p', { class: 'debrief-began' }, describeBeginning(debrief.began)) : null,
    buttons,
    renderLedger(debrief.ledger, 'h3', debrief.counterfactuals),
    el(
      'section',
      { class: 'debrief-timeline', 'aria-labelledby': 'debrief-timeline-title' },
      el('h3', { id: 'debrief-timeline-title' }, 'Hour by hour'),
      el(
        'p',
        {},
        'Dates in both calendars: Russia kept the Old Style, thirteen days behind the New. Times are as witnesses gave them; many disagree by half an hour or more. Shaded rows fall within the hours your story covered. “In history” is the real October; “In this telling” is yours: your choices, and what became of people and places in your story.',
      ),
      el('p', { class: 'grade-legend' }, GRADE_LEGEND),
      dataTable(
        'The real events of October 1917 beside your choices: in history and in this telling',
        ['When (Old Style, New Style)', 'In history', 'In this telling'],
        debrief.timeline.map(timelineRow),
      ),
    ),
    debrief.people.length > 0
      ? el(
          'section',
          { class: 'debrief-people', 'aria-labelledby': 'debrief-people-title' },
          el('h3', { id: 'debrief-people-title' }, 'What became of the people you met'),
          el('dl', {}, ...debrief.people.flatMap((person) => [el('dt', {}, person.title), ...fates(person)])),
        )
      : null,
    el(
      'section',
      { class: 'debrief-questions', 'aria-labelledby': 'debrief-questions-title' },
      el('h3', { id: 'debrief-questions-title' }, 'Questions for discussion'),
      el(
        'ol',
        {},
        ...debrief.questions.map((question) =>
          el('li', {}, question.text, el('span', { class: 'question-from' }, ` (From ${question.from}.)`)),
        ),
      ),
    ),
  );
}

/** What became of a person: in history, and beside it what became of them in this telling, if the run said. */
function fates(person: PersonMet): HTMLElement[] {
  if (!person.telling) return [el('dd', {}, person.fate)];
  return [
    el('dd', { class: 'fate-history' }, el('strong', {}, 'In history: '), person.fate),
    el('dd', { class: 'fate-telling' }, el('strong', {}, 'In this telling: '), person.telling),
  ];
}

function button(label: string, run: () => void, opensDialog = false): HTMLButtonElement {
  const element = el('button', { type: 'button', 'aria-haspopup': opensDialog ? 'dialog' : undefined }, label);
  element.addEventListener('click', run);
  return element;
}
