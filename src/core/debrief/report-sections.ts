import type { ReportSection } from '../club-report.ts';
import type { Debrief } from './debrief.ts';
import { describeDistance, describeStanding } from './ledger.ts';
import { when } from './markdown.ts';
import { fatesText } from './people.ts';
import type { TimelineRow } from './timeline.ts';

function rowText(row: TimelineRow): string {
  if (row.kind === 'real') return `${when(row.time, row.event.precision)}. In history: ${row.event.text}`;
  if (row.kind === 'telling') return `${when(row.time, 'exact')}. In this telling, ${row.title}: ${row.text}`;
  const grade = row.historicity ? ` (${row.historicity})` : '';
  const note = row.note ? ` ${row.note.title}: ${row.note.historians}` : '';
  return `${when(row.time, 'exact')}. The group: “${row.decision.text}”${grade}.${note}`;
}

/** The debrief as sections of a club's session report: plain sentences, printed and exported as they are. */
export function debriefSections(debrief: Debrief): ReportSection[] {
  const { ledger } = debrief;
  const sections: ReportSection[] = [
    {
      title: 'How far the group left history',
      paragraphs: [
        describeStanding(ledger.standing),
        describeDistance(ledger),
        ...(ledger.firstDivergence
          ? [`First divergence: “${ledger.firstDivergence.decision.text}” (${ledger.firstDivergence.historicity}).`]
          : []),
        ...(debrief.counterfactuals.length > 0
          ? [`Counterfactuals opened: ${debrief.counterfactuals.join('; ')}.`]
          : []),
      ],
    },
    {
      title: 'The group’s October beside the real October',
      // the real events of the hours the run covered, and every choice, in time order
      paragraphs: debrief.timeline.filter((row) => row.kind !== 'real' || row.duringRun).map(rowText),
    },
  ];
  if (debrief.people.length > 0)
    sections.push({
      title: 'What became of the people met',
      paragraphs: debrief.people.map((person) => `${person.title}: ${fatesText(person)}`),
    });
  sections.push({
    title: 'Questions for discussion',
    paragraphs: debrief.questions.map((question, index) => `${index + 1}. ${question.text} (From ${question.from}.)`),
  });
  return sections;
}
