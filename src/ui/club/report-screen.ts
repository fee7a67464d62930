import {
  bySitting,
  whereAndWhen,
  type ClubReport,
  type ReportSetAside,
  type ReportStep,
} from '../../core/club-report.ts';
import { clubReportMarkdown } from '../../core/club-report-markdown.ts';
import {
  historicityLabel,
  howTaken,
  plural,
  setAsideSummary,
  setAsideTitle,
  sittingTitle,
} from '../../core/club-wording.ts';
import { endingTitle } from '../../core/debrief/ending-titles.ts';
import { clubSummary } from '../../core/club-summary.ts';
import { dataTable, el } from '../dom.ts';
import { voteBlock } from './report-vote-block.ts';

export interface ReportScreenActions {
  readonly report: () => ClubReport | null;
  back(): void;
  /** The browser's print dialog, where "Save as PDF" lives. */
  print(): void;
  /** The printable handouts for the group's role (role cards, glossary, exit ticket). */
  openHandouts(): void;
}

/** petrograd-1917-club-thursday-club-2026-11-26.md: says what is inside, safe on every file system. */
export function reportFileName(report: ClubReport, today: Date): string {
  const slug = report.groupName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `petrograd-1917-club${slug ? `-${slug}` : ''}-${today.toISOString().slice(0, 10)}.md`;
}

function stepItem(step: ReportStep): HTMLElement {
  const how = howTaken(step);
  return el(
    'li',
    { 'data-historicity': step.historicity ?? undefined },
    el('span', { class: 'report-choice' }, `“${step.text}”`),
    ` — ${historicityLabel(step.historicity)}; ${how}.`,
    whereAndWhen(step) ? el('span', { class: 'report-where' }, whereAndWhen(step)) : null,
  );
}

/** The path's votes under the sitting each was taken in. */
function pathVotes(report: ClubReport): HTMLElement[] {
  if (report.votes.length === 0) return [el('p', {}, 'No votes taken yet.')];
  return bySitting(report.votes).flatMap(({ sitting, votes }) => [
    el('h3', { class: 'report-sitting' }, sittingTitle(sitting)),
    ...votes.map((vote) => voteBlock(vote, `report-vote-${vote.number}`, 'h4')),
  ]);
}

/** A path the group left: kept whole, and marked so nobody reads it as the path taken. */
function setAsideBlock(record: ReportSetAside): HTMLElement {
  const id = `report-set-aside-${record.number}`;
  return el(
    'section',
    { class: 'report-set-aside', 'aria-labelledby': id },
    el('h2', { id }, setAsideTitle(record)),
    el('p', {}, setAsideSummary(record)),
    ...record.votes.map((vote) => voteBlock(vote, `${id}-vote-${vote.number}`, 'h3')),
  );
}

/** The page a teacher reads first (and prints on one sheet): key decisions beside history, the distance, questions. */
function summaryPage(report: ClubReport): HTMLElement {
  const summary = clubSummary(report);
  const rows = summary.decisions.map((decision) =>
    el(
      'tr',
      { 'data-same': String(decision.sameAsHistory) },
      el('td', {}, String(decision.number)),
      el('td', {}, decision.group, decision.where ? el('span', { class: 'report-where' }, decision.where) : null),
      el('td', {}, decision.history ?? 'none of these'),
      el('td', {}, decision.howDecided),
    ),
  );
  return el(
    'section',
    { class: 'report-summary', 'aria-labelledby': 'report-summary-title' },
    el('h2', { id: 'report-summary-title' }, `Summary: ${report.groupName || 'unnamed group'}, ${report.roleName}`),
    el('h3', {}, 'Key decisions: the group’s choice beside history'),
    rows.length
      ? dataTable('Key decisions', ['vote', 'the group chose', 'in 1917', 'how it was decided'], rows)
      : el('p', {}, 'No decision touching the record has been voted on yet.'),
    el('h3', {}, 'How far the group left history'),
    ...summary.distance.map((line) => el('p', {}, line)),
    el('h3', {}, 'Questions'),
    summary.questions.length
      ? el('ul', {}, ...summary.questions.map((question) => el('li', {}, question)))
      : el('p', {}, 'The debrief’s questions appear here once the group has made its first choices.'),
    el('h3', {}, 'The group’s exit sentences'),
    el('p', {}, 'On the printed page, room for the group to write what it decided and why.'),
    // ruled lines for pen and paper: nothing in them for a screen reader to read
    el(
      'div',
      { class: 'exit-lines', 'aria-hidden': 'true' },
      ...[1, 2, 3, 4].map(() => el('p', { class: 'exit-line' })),
    ),
  );
}

function reportBody(report: ClubReport): HTMLElement[] {
  const facts = el(
    'ul',
    { class: 'report-facts' },
    el('li', {}, `Group: ${report.groupName || 'unnamed'}`),
    el('li', {}, `Role: ${report.roleName}`),
    el('li', {}, `First met: ${report.started}; report made: ${report.made}`),
    el('li', {}, report.sittings.map(sittingTitle).join('; ')),
    el(
      'li',
      {},
      `Choices made: ${report.steps.length}, of which ${report.votes.length} by vote; divergences from history: ${report.divergences.length}`,
    ),
    report.setAside.length
      ? el(
          'li',
          {},
          `Set aside when the group chose again: ${plural(report.setAside.length, 'path', 'paths')}, ${plural(
            report.setAside.reduce((sum, record) => sum + record.votes.length, 0),
            'vote',
            'votes',
          )} (kept below)`,
        )
      : null,
  );
  const path = report.steps.length
    ? el('ol', { class: 'report-path' }, ...report.steps.map(stepItem))
    : el('p', {}, 'No choices made yet.');
  const divergences = report.divergences.length
    ? el(
        'ul',
        {},
        ...report.divergences.map((step) =>
          el('li', {}, `Choice ${step.number}: “${step.text}” — ${historicityLabel(step.historicity)}.`),
        ),
      )
    : el('p', {}, 'None: every choice marked in the story was the one taken in 1917.');
  const ending = el(
    'p',
    {},
    report.ending
      ? `The run reached the ending “${endingTitle(report.ending)}”.`
      : `No ending yet: the report was made after ${report.steps.length} ${report.steps.length === 1 ? 'choice' : 'choices'}.`,
  );
  return [
    summaryPage(report),
    el('h2', { class: 'report-full' }, 'The full record'),
    facts,
    el('h2', {}, 'The path'),
    path,
    el('h2', {}, 'The votes'),
    ...pathVotes(report),
    ...report.setAside.map(setAsideBlock),
    el('h2', {}, 'Divergences from the real October'),
    divergences,
    el('h2', {}, 'The ending'),
    ending,
    ...report.extraSections.flatMap((section) => [
      el('h2', {}, section.title),
      ...section.paragraphs.map((paragraph) => el('p', {}, paragraph)),
    ]),
  ];
}

/** The report as a page: read on screen, printed (or saved as PDF), or downloaded as Markdown. */
export function createReportScreen(actions: ReportScreenActions) {
  const body = el('div', { class: 'report-body' });
  const status = el('p', { class: 'report-status', role: 'status' });
  const download = el('button', { type: 'button', class: 'primary' }, 'Download as Markdown');
  const print = el('button', { type: 'button' }, 'Print or save as PDF');
  const back = el('button', { type: 'button' }, 'Back to the story');
  const handouts = el('button', { type: 'button' }, 'Handouts…');
  const heading = el('h1', { id: 'report-title', tabindex: '-1' }, 'Petrograd 1917: club session report');
  const element = el(
    'section',
    { class: 'club-report', 'aria-labelledby': 'report-title' },
    el('p', { class: 'report-actions' }, back, ' ', download, ' ', print, ' ', handouts),
    status,
    heading,
    body,
  );
  let shown: ClubReport | null = null;

  download.addEventListener('click', () => {
    if (!shown) return;
    const blob = new Blob([clubReportMarkdown(shown)], { type: 'text/markdown;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = reportFileName(shown, new Date());
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    status.textContent = `Saved as ${link.download} (look in your downloads). Nothing left this computer.`;
  });
  print.addEventListener('click', () => actions.print());
  back.addEventListener('click', () => actions.back());
  handouts.addEventListener('click', () => actions.openHandouts());

  return {
    element,
    /** Draws the report as it stands now; false when there is no club session to report on. */
    refresh(): boolean {
      shown = actions.report();
      status.textContent = '';
      body.replaceChildren(...(shown ? reportBody(shown) : []));
      return shown !== null;
    },
    focus: () => heading.focus(),
  };
}
