import type { ClubReport } from '../../core/club-report.ts';
import { clubSummary } from '../../core/club-summary.ts';
import type { CodexEntry } from '../../core/codex-entry.ts';
import type { BranchNote } from '../../core/debrief/content.ts';
import { roleQuestions } from '../../core/debrief/role-questions.ts';
import { exitQuestions, glossaryFor, ROLE_WANTS, type GlossaryItem } from '../../core/handouts.ts';
import type { Role } from '../../core/roles.ts';
import { el } from '../dom.ts';
import { ROLE_CARDS } from '../role-cards.ts';

export interface Handouts {
  readonly groupName: string;
  readonly roleName: string;
  readonly glossary: readonly GlossaryItem[];
  /** The debrief's questions: the group's session's so far, or the role's before any session. */
  readonly questions: readonly string[];
}

/** What the handouts are made from: the codex, the historians' notes, and the role's story as text. */
export interface HandoutSources {
  readonly codex: readonly CodexEntry[];
  readonly notes: ReadonlyMap<string, BranchNote>;
  readonly storyText: string;
}

export interface HandoutsScreenActions {
  back(): void;
  /** The browser's print dialog: each handout prints on a page of its own. */
  print(): void;
}

const KIND_LABEL: Readonly<Record<GlossaryItem['kind'], string>> = {
  person: 'person',
  party: 'party',
  body: 'body',
  place: 'place',
  event: 'event',
  term: 'word',
};

/** Ruled lines for pen and paper: nothing in them for a screen reader to read. */
const lines = (count: number): HTMLElement =>
  el('div', { class: 'handout-lines', 'aria-hidden': 'true' }, ...Array.from({ length: count }, () => el('p')));

function roleCards(): HTMLElement {
  return el(
    'section',
    { class: 'handout', 'aria-labelledby': 'handout-cards' },
    el('h2', { id: 'handout-cards' }, 'Role cards'),
    el('p', { class: 'handout-note' }, 'Cut along the dashed lines: one card for each group or reader.'),
    el(
      'ul',
      { class: 'handout-cards' },
      ...ROLE_CARDS.map((card) =>
        el(
          'li',
          { class: 'handout-card' },
          el('h3', {}, card.name),
          el(
            'dl',
            { class: 'handout-card-facts' },
            el('dt', {}, 'Who'),
            el('dd', {}, card.position),
            el('dt', {}, 'When'),
            el('dd', {}, card.opening),
            el('dt', {}, 'What they want'),
            el('dd', {}, ROLE_WANTS[card.role]),
          ),
          el('p', { class: 'handout-card-blurb' }, card.blurb),
        ),
      ),
    ),
  );
}

function glossary(handouts: Handouts): HTMLElement {
  return el(
    'section',
    { class: 'handout', 'aria-labelledby': 'handout-glossary' },
    el('h2', { id: 'handout-glossary' }, `Glossary: ${handouts.roleName}`),
    el(
      'p',
      { class: 'handout-note' },
      'The people, bodies, places and words this role’s story names, from the game’s codex.',
    ),
    handouts.glossary.length
      ? el(
          'dl',
          { class: 'handout-glossary' },
          ...handouts.glossary.flatMap((item) => [
            el('dt', {}, item.title, el('span', { class: 'handout-kind' }, ` (${KIND_LABEL[item.kind]})`)),
            el('dd', {}, item.definition),
          ]),
        )
      : el('p', {}, 'The codex could not be read: the glossary is empty.'),
  );
}

function exitTicket(handouts: Handouts): HTMLElement {
  return el(
    'section',
    { class: 'handout', 'aria-labelledby': 'handout-exit' },
    el('h2', { id: 'handout-exit' }, 'Exit ticket'),
    el('p', { class: 'handout-note' }, `${handouts.groupName || 'Club session'}, ${handouts.roleName}. Name:`),
    lines(1),
    handouts.questions.length
      ? el(
          'ol',
          { class: 'handout-questions' },
          ...handouts.questions.map((question) => el('li', {}, question, lines(3))),
        )
      : el('p', {}, 'The questions could not be read: write the group’s own below.'),
    el('p', {}, 'One sentence: what would you have done in October 1917, and why?'),
    lines(2),
  );
}

/** The handouts of a group's session: its role's glossary from the codex, and the questions its report asks. */
export function handoutsOf(report: ClubReport, role: Role, sources: HandoutSources): Handouts {
  return {
    groupName: report.groupName,
    roleName: report.roleName,
    glossary: glossaryFor(sources.codex, sources.storyText),
    questions: exitQuestions(clubSummary(report).questions, roleQuestions(role, sources.notes)),
  };
}

/** The handouts for a role before any session (from the club dialog): the questions a debrief asks of it. */
export function handoutsForRole(role: Role, groupName: string, sources: HandoutSources): Handouts {
  return {
    groupName,
    roleName: ROLE_CARDS.find((card) => card.role === role)?.name ?? role,
    glossary: glossaryFor(sources.codex, sources.storyText),
    questions: exitQuestions([], roleQuestions(role, sources.notes)),
  };
}

/** The club's printable handouts: the role cards, the role's glossary and an exit ticket. */
export function createHandoutsScreen(actions: HandoutsScreenActions) {
  const heading = el('h1', { id: 'handouts-title', tabindex: '-1' }, 'Handouts');
  const back = el('button', { type: 'button' }, 'Back');
  const print = el('button', { type: 'button', class: 'primary' }, 'Print the handouts');
  const body = el('div', { class: 'handouts-body' });
  const element = el(
    'section',
    { class: 'club-report handouts', 'aria-labelledby': 'handouts-title' },
    el('p', { class: 'report-actions' }, back, ' ', print),
    heading,
    el('p', { class: 'handout-note' }, 'Each handout prints on a page of its own.'),
    body,
  );
  back.addEventListener('click', () => actions.back());
  print.addEventListener('click', () => actions.print());
  return {
    element,
    show(handouts: Handouts): void {
      heading.textContent = `Handouts: ${handouts.roleName}`;
      body.replaceChildren(roleCards(), glossary(handouts), exitTicket(handouts));
    },
    focus: () => heading.focus(),
  };
}
