import {
  bySitting,
  whereAndWhen,
  type ClubReport,
  type ReportSetAside,
  type ReportStep,
  type ReportVote,
} from './club-report.ts';
import {
  decisionLine,
  dissentLine,
  historicityLabel,
  howTaken,
  plural,
  setAsideSummary,
  setAsideTitle,
  sittingTitle,
  takenIn,
  voteTitle,
} from './club-wording.ts';
import { endingTitle } from './debrief/ending-titles.ts';

/** Typed and story text, made inert: Markdown punctuation is escaped so it prints as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`);
}

function stepLines(step: ReportStep): string[] {
  const how = howTaken(step);
  return [
    `${step.number}. “${escapeMarkdown(step.text)}” — ${historicityLabel(step.historicity)}; ${how}.`,
    ...(whereAndWhen(step) ? [`   ${escapeMarkdown(whereAndWhen(step))}`] : []),
  ];
}

function voteLines(vote: ReportVote, level: string): string[] {
  const where = vote.step ? whereAndWhen(vote.step) : takenIn(vote);
  return [
    `${level} ${voteTitle(vote)}`,
    '',
    ...(where ? [`*${escapeMarkdown(where)}*`, ''] : []),
    '| Option | Votes | History |',
    '| --- | ---: | --- |',
    ...vote.options.map((option) => {
      const text = escapeMarkdown(option.text);
      return `| ${option.chosen ? `**${text}** (taken)` : text} | ${option.votes} | ${historicityLabel(option.historicity)} |`;
    }),
    '',
    escapeMarkdown(decisionLine(vote)),
    '',
    `Reason: ${vote.reason ? `“${escapeMarkdown(vote.reason)}”` : 'none given.'}`,
    '',
    `Dissent: ${escapeMarkdown(dissentLine(vote))}`,
    '',
    ...(vote.voices.length > 0
      ? [
          'Reasons from the room:',
          '',
          ...vote.voices.map(
            (voice) =>
              `- ${voice.nickname ? escapeMarkdown(voice.nickname) : 'Someone'}, for “${escapeMarkdown(voice.option)}”: “${escapeMarkdown(voice.reason)}”`,
          ),
          '',
        ]
      : []),
  ];
}

function pathVoteLines(report: ClubReport): string[] {
  if (report.votes.length === 0) return ['No votes taken yet.', ''];
  return bySitting(report.votes).flatMap(({ sitting, votes }) => [
    `### ${sittingTitle(sitting)}`,
    '',
    ...votes.flatMap((vote) => voteLines(vote, '####')),
  ]);
}

function setAsideLines(record: ReportSetAside): string[] {
  return [
    `## ${setAsideTitle(record)}`,
    '',
    escapeMarkdown(setAsideSummary(record)),
    '',
    ...record.votes.flatMap((vote) => voteLines(vote, '###')),
  ];
}

/** The report as Markdown: what the facilitator downloads (and a golden test pins). */
export function clubReportMarkdown(report: ClubReport): string {
  const setAsideVotes = report.setAside.reduce((sum, record) => sum + record.votes.length, 0);
  const lines: string[] = [
    '# Petrograd 1917: club session report',
    '',
    `- Group: ${escapeMarkdown(report.groupName) || 'unnamed'}`,
    `- Role: ${escapeMarkdown(report.roleName)}`,
    `- First met: ${report.started}; report made: ${report.made}`,
    `- ${report.sittings.map(sittingTitle).join('; ')}`,
    `- Choices made: ${report.steps.length}, of which ${report.votes.length} by vote; divergences from history: ${report.divergences.length}`,
    ...(report.setAside.length
      ? [
          `- Set aside when the group chose again: ${plural(report.setAside.length, 'path', 'paths')}, ${plural(setAsideVotes, 'vote', 'votes')} (kept below)`,
        ]
      : []),
    '',
    '## The path',
    '',
    ...(report.steps.length ? report.steps.flatMap(stepLines) : ['No choices made yet.']),
    '',
    '## The votes',
    '',
    ...pathVoteLines(report),
    ...report.setAside.flatMap(setAsideLines),
    '## Divergences from the real October',
    '',
    ...(report.divergences.length
      ? report.divergences.map(
          (step) => `- Choice ${step.number}: “${escapeMarkdown(step.text)}” — ${historicityLabel(step.historicity)}.`,
        )
      : ['None: every choice marked in the story was the one taken in 1917.']),
    '',
    '## The ending',
    '',
    report.ending
      ? `The run reached the ending “${escapeMarkdown(endingTitle(report.ending))}”.`
      : `No ending yet: the report was made after ${plural(report.steps.length, 'choice', 'choices')}.`,
    '',
  ];
  for (const section of report.extraSections) {
    lines.push(`## ${escapeMarkdown(section.title)}`, '');
    for (const paragraph of section.paragraphs) lines.push(escapeMarkdown(paragraph), '');
  }
  return lines.join('\n');
}
