import { formatClock, formatDate, toNewStyle, type StoryTime } from '../clock.ts';
import { GRADE_LEGEND, type Precision } from './content.ts';
import { describeBeginning } from './beginning.ts';
import type { Debrief } from './debrief.ts';
import { endingTitle } from './ending-titles.ts';
import { describeDistance, describeStanding } from './ledger.ts';
import { fatesText } from './people.ts';
import type { TimelineRow } from './timeline.ts';

/** A time in both calendars, as precise as the record allows. */
export function when(time: StoryTime | null, precision: Precision): string {
  if (!time) return '—';
  const clock = precision === 'day' ? '' : `, ${precision === 'about' ? 'about ' : ''}${formatClock(time)}`;
  return `${formatDate(time)}${clock} (${formatDate(toNewStyle(time))} NS)`;
}

/** Table cells may not hold a pipe or a line break. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function row(line: TimelineRow): string {
  if (line.kind === 'real') {
    return `| ${when(line.time, line.event.precision)} | ${cell(line.event.text)} [${line.event.grade}] | |`;
  }
  if (line.kind === 'telling') return `| ${when(line.time, 'exact')} | | *${cell(line.title)}:* ${cell(line.text)} |`;
  const mark = line.historicity ? `**${line.historicity}** ` : '';
  const note = line.note ? ` *${cell(line.note.title)}.* ${cell(line.note.historians)}` : '';
  return `| ${when(line.time, 'exact')} | | ${mark}${cell(`“${line.decision.text}”`)}${note} |`;
}

/** The debrief as Markdown: for the club's session report and for sharing. */
export function debriefToMarkdown(debrief: Debrief): string {
  const { ledger } = debrief;
  const lines = [
    '## Your October and the real October',
    '',
    ...(debrief.ending ? [`Your ending: **${endingTitle(debrief.ending)}**`, ''] : []),
    ...(debrief.closingText ? [`> ${debrief.closingText}`, ''] : []),
    ...(debrief.began ? [describeBeginning(debrief.began), ''] : []),
    '### How far you left history',
    '',
    describeStanding(ledger.standing),
    describeDistance(ledger),
    ...(ledger.firstDivergence
      ? [`First divergence: “${ledger.firstDivergence.decision.text}” (${ledger.firstDivergence.historicity}).`]
      : []),
    ...(debrief.counterfactuals.length > 0 ? [`Counterfactuals opened: ${debrief.counterfactuals.join('; ')}.`] : []),
    '',
    '### Hour by hour',
    '',
    GRADE_LEGEND,
    '',
    '| When (Old Style, New Style) | In history | In this telling |',
    '| --- | --- | --- |',
    ...debrief.timeline.map(row),
    '',
  ];
  if (debrief.people.length > 0) {
    lines.push('### What became of the people you met', '');
    debrief.people.forEach((person) => lines.push(`- **${person.title}**: ${cell(fatesText(person))}`));
    lines.push('');
  }
  lines.push('### Questions for discussion', '');
  debrief.questions.forEach((question, index) =>
    lines.push(`${index + 1}. ${question.text} *(From ${question.from}.)*`),
  );
  return `${lines.join('\n')}\n`;
}
