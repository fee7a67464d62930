import { Story } from 'inkjs';
import type { Beat, ChoiceOption, Line, TagEvent } from './events.ts';
import { parseTag } from './tags.ts';

/** An ink value the writers' panel can read and set. */
export type InkValue = boolean | number | string;

/** A problem the story itself caused: an unknown tag, or an ink runtime error or warning. */
export interface StoryProblem {
  readonly kind: 'tag' | 'runtime-error' | 'runtime-warning';
  readonly message: string;
  /** The story text nearest the problem, to find it in the source. */
  readonly nearText: string | null;
}

export class StoryRuntimeError extends Error {
  constructor(readonly problems: readonly StoryProblem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'StoryRuntimeError';
  }
}

export interface NarratorOptions {
  /** Receives tag problems (the game logs them in development; the story check fails on them). */
  readonly onProblem?: (problem: StoryProblem) => void;
}

/**
 * Wraps an ink `Story` and hands out beats: the text and events up to the next choice. It does not
 * inherit from Story and nothing outside it touches inkjs.
 */
export class Narrator {
  private readonly story: Story;
  private readonly onProblem: (problem: StoryProblem) => void;
  private runtimeProblems: StoryProblem[] = [];
  private lastText: string | null = null;
  /** A story just built is already at its start: resetting it again costs a noticeable moment on the first click. */
  private untouched = true;

  constructor(storyJson: string | Record<string, unknown>, options: NarratorOptions = {}) {
    this.story = typeof storyJson === 'string' ? new Story(storyJson) : new Story(storyJson);
    this.onProblem = options.onProblem ?? (() => undefined);
    this.story.onError = (message, type) => {
      // ink's ErrorType: 2 is an error; 1 (warning) and 0 (author TODO) let the story go on
      const severity: number = type;
      const kind = severity === 2 ? 'runtime-error' : 'runtime-warning';
      this.runtimeProblems.push({ kind, message, nearText: this.lastText });
    };
  }

  /** Starts from the top of the story, or at a knot such as `lenin`. */
  start(knot?: string): Beat {
    if (!this.untouched) this.story.ResetState();
    this.untouched = false;
    if (knot) this.story.ChoosePathString(knot);
    return this.continueToChoice();
  }

  choose(index: number): Beat {
    this.untouched = false;
    this.story.ChooseChoiceIndex(index);
    return this.continueToChoice();
  }

  /** ink's own state (variables, position, visit counts) as JSON. */
  saveState(): string {
    return this.story.state.ToJson();
  }

  /** Restores a state saved by saveState(), without producing text. */
  loadState(json: string): void {
    this.untouched = false;
    this.story.state.LoadJson(json);
  }

  /** A global variable's value; lists and other ink values come as their text (`shown`); null if none is declared. */
  variable(name: string): { readonly value: InkValue } | { readonly shown: string } | null {
    if (!this.story.variablesState.GlobalVariableExistsWithName(name)) return null;
    const value = this.story.variablesState.$(name);
    if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return { value };
    return { shown: String(value) };
  }

  /** Sets a declared global variable (the writers' panel); throws, as ink does, for one the story never declared. */
  setVariable(name: string, value: InkValue): void {
    this.untouched = false;
    this.story.variablesState.$(name, value);
  }

  /** The choices open at the current state (after loadState, the same as the last beat's). */
  currentChoices(): ChoiceOption[] {
    return this.story.currentChoices.map((choice) => ({
      index: choice.index,
      text: choice.text,
      ...this.historicityOf(choice.tags ?? [], choice.text),
    }));
  }

  private continueToChoice(): Beat {
    this.runtimeProblems = [];
    const lines: Line[] = [];
    while (this.story.canContinue) {
      const raw = this.story.Continue() ?? '';
      const text = raw.trim();
      if (text) this.lastText = text;
      const events = this.parseTags(this.story.currentTags ?? [], text);
      if (text || events.length > 0) lines.push({ text, events });
      if (this.runtimeProblems.some((p) => p.kind === 'runtime-error')) break;
    }
    for (const problem of this.runtimeProblems) this.onProblem(problem);
    const errors = this.runtimeProblems.filter((p) => p.kind === 'runtime-error');
    if (errors.length > 0) throw new StoryRuntimeError(errors);
    const choices = this.currentChoices();
    const endingEvent = choices.length === 0 ? lastEnding(lines) : null;
    return { lines, choices, ending: endingEvent };
  }

  private parseTags(tags: readonly string[], nearText: string): TagEvent[] {
    const events: TagEvent[] = [];
    for (const tag of tags) {
      const result = parseTag(tag);
      if (result.ok) events.push(result.event);
      else this.onProblem({ kind: 'tag', message: `#${tag}: ${result.error}`, nearText });
    }
    return events;
  }

  private historicityOf(tags: readonly string[], text: string): Pick<ChoiceOption, 'historicity' | 'branch'> {
    let found: Pick<ChoiceOption, 'historicity' | 'branch'> = { historicity: null, branch: null };
    for (const event of this.parseTags(tags, text)) {
      if (event.kind === 'historicity') found = { historicity: event.historicity, branch: event.branch };
      else
        this.onProblem({
          kind: 'tag',
          message: `a choice may carry only a historicity tag, not '${event.kind}'`,
          nearText: text,
        });
    }
    return found;
  }
}

function lastEnding(lines: readonly Line[]): string | null {
  for (const line of [...lines].reverse()) {
    for (const event of line.events) if (event.kind === 'ending') return event.id;
  }
  return null;
}
