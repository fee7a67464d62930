import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../ink/compile.ts';
import { parseTag } from '../../src/core/tags.ts';
import type { SoundEntry } from './sound-ids.ts';

export interface SourceTag {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly onChoice: boolean;
}

const CHOICE_LINE = /^\s*[*+]/;
const INK_LOGIC = /[{}]|->/;

/** Every tag written in the ink sources, with where it stands. Comments are skipped. */
export function findTags(file: string, source: string): SourceTag[] {
  const tags: SourceTag[] = [];
  let inBlockComment = false;
  source.split(/\r?\n/).forEach((rawLine, index) => {
    let line = rawLine;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    line = line.replace(/\/\*.*?\*\//g, '');
    const open = line.indexOf('/*');
    if (open >= 0) {
      line = line.slice(0, open);
      inBlockComment = true;
    }
    const comment = line.indexOf('//');
    if (comment >= 0) line = line.slice(0, comment);
    const isChoice = CHOICE_LINE.test(line);
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === '\\') {
        i++;
        continue;
      }
      if (char === '[') depth++;
      if (char === ']') depth = Math.max(0, depth - 1);
      if (char !== '#') continue;
      let end = i + 1;
      while (end < line.length && line[end] !== '#' && !(depth > 0 && line[end] === ']')) end++;
      tags.push({ file, line: index + 1, text: line.slice(i + 1, end).trim(), onChoice: isChoice && depth > 0 });
      i = end - 1;
    }
  });
  return tags;
}

/** Lints every tag in the given .ink files against the vocabulary and the sound manifest. */
export function lintSources(files: readonly string[], sounds: readonly SoundEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const soundKinds = new Map(sounds.map((sound) => [sound.id, sound.kind]));
  for (const file of files) {
    for (const tag of findTags(file, readFileSync(file, 'utf8'))) {
      const error = (message: string): void => {
        diagnostics.push({ file, line: tag.line, severity: 'error', message });
      };
      // ink reads everything after '#' to the end of the line as the tag: logic there is never shown as text
      if (INK_LOGIC.test(tag.text)) {
        error(`#${tag.text}: a tag may not hold ink logic ('{…}' or '->'); put it before the '#', or on its own line`);
        continue;
      }
      const result = parseTag(tag.text);
      if (!result.ok) {
        error(`#${tag.text}: ${result.error}`);
        continue;
      }
      const event = result.event;
      if (tag.onChoice && event.kind !== 'historicity')
        error(`a choice may carry only a historicity tag, not '${event.kind}'`);
      if (!tag.onChoice && event.kind === 'historicity') error("a historicity tag belongs inside a choice's brackets");
      if ((event.kind === 'music' || event.kind === 'ambience' || event.kind === 'sfx') && event.id !== null) {
        const kind = soundKinds.get(event.id);
        if (!kind) error(`unknown sound '${event.id}' (not in assets/audio/manifest.json)`);
        else if (kind !== event.kind) error(`'${event.id}' is ${kind}, not ${event.kind}`);
      }
    }
  }
  return diagnostics;
}

/** Finds the source line a piece of story text came from, to give runtime problems a file:line. */
export function locateText(files: readonly string[], text: string | null): { file: string; line: number } | null {
  if (!text) return null;
  const probe = text.replace(/\s+/g, ' ').slice(0, 40).trim();
  if (probe.length < 4) return null;
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const index = lines.findIndex((line) => line.replace(/\s+/g, ' ').includes(probe));
    if (index >= 0) return { file, line: index + 1 };
  }
  return null;
}
