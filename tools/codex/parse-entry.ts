import matter from 'gray-matter';
import { Lexer, type Token, type Tokens } from 'marked';
import * as z from 'zod/mini';
import { CODEX_KINDS, type CodexEntry } from '../../src/core/codex-entry.ts';
import type { Diagnostic } from '../ink/compile.ts';

export type ParsedEntry =
  | { readonly ok: true; readonly entry: CodexEntry }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
const line = z.string().check(z.trim(), z.minLength(1));

/** The front matter a codex file may carry; anything else is a typo and an error. */
const frontMatter = z.strictObject({
  id: z.string().check(z.regex(ID_PATTERN, 'must be snake_case (a-z, 0-9, _)')),
  title: line,
  kind: z.enum(CODEX_KINDS, `must be one of ${CODEX_KINDS.join(', ')}`),
  aliases: z._default(z.array(line), []),
  fate: z.optional(line),
  sources: z.array(line).check(z.minLength(1, 'must name at least one source')),
});

/** The 1-based line of `key:` in the file's front matter, so an error points at the field it is about. */
function lineOfKey(source: string, key: string | undefined): number {
  if (!key) return 1;
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((text, i) => i > 0 && new RegExp(`^${key}\\s*:`).test(text));
  return index >= 0 ? index + 1 : 1;
}

/** The line after the front matter's closing `---`: where the Markdown body starts. */
function bodyStartLine(source: string): number {
  const lines = source.split(/\r?\n/);
  const close = lines.findIndex((text, i) => i > 0 && text.trim() === '---');
  return close >= 0 ? close + 2 : 1;
}

/** Inline Markdown as plain text: emphasis and links keep their words, nothing else is allowed. */
function inlineText(tokens: readonly Token[], problems: string[]): string {
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape':
      case 'codespan':
        text += (token as Tokens.Text).text;
        break;
      case 'em':
      case 'strong':
      case 'link':
        text += inlineText((token as Tokens.Em).tokens, problems);
        break;
      case 'br':
        text += ' ';
        break;
      default:
        problems.push(
          `'${token.raw.trim()}': only plain text, *emphasis* and **strong** are allowed (no ${token.type})`,
        );
    }
  }
  return text;
}

/** The body's paragraphs as plain text. The game shows them with textContent: Markdown never becomes HTML. */
function paragraphsOf(body: string, problems: string[]): string[] {
  const paragraphs: string[] = [];
  for (const token of new Lexer().lex(body)) {
    if (token.type === 'space') continue;
    if (token.type !== 'paragraph') {
      problems.push(`a ${token.type} ('${token.raw.trim().slice(0, 30)}'): the text may hold only paragraphs`);
      continue;
    }
    const text = inlineText((token as Tokens.Paragraph).tokens, problems)
      .replace(/\s+/g, ' ')
      .trim();
    if (text) paragraphs.push(text);
  }
  return paragraphs;
}

/**
 * Parses one codex file (YAML front matter + Markdown paragraphs) into an entry, or says what is
 * wrong at file:line. `file` is the path used in messages; `expectedId` is the file's name.
 */
export function parseCodexEntry(file: string, source: string, expectedId: string): ParsedEntry {
  const error = (message: string, at = 1): Diagnostic => ({ file, line: at, severity: 'error', message });
  let data: Record<string, unknown>;
  let content: string;
  try {
    // options given, so gray-matter does not cache (its cache would hand back one shared object)
    const parsed = matter(source, { excerpt: false });
    data = parsed.data;
    content = parsed.content;
  } catch (thrown) {
    const mark = (thrown as { mark?: { line?: number } }).mark;
    const reason = thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown);
    // js-yaml counts lines from 0 inside the front matter, which starts after the opening ---
    return { ok: false, diagnostics: [error(`front matter: ${reason ?? ''}`, (mark?.line ?? 0) + 2)] };
  }
  if (Object.keys(data).length === 0)
    return { ok: false, diagnostics: [error('no front matter: the file must start with --- id, title, kind … ---')] };
  const result = frontMatter.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      diagnostics: result.error.issues.flatMap((issue) => {
        // zod/mini carries no English messages of its own: say it here
        if (issue.code === 'unrecognized_keys')
          return issue.keys.map((key) =>
            error(
              `front matter: unknown field '${key}' (known: ${Object.keys(frontMatter.shape).join(', ')})`,
              lineOfKey(source, key),
            ),
          );
        const key = issue.path[0] === undefined ? '' : String(issue.path[0]);
        const missing = issue.code === 'invalid_type' && data[key] === undefined;
        const message = missing
          ? 'is missing'
          : issue.code === 'invalid_type'
            ? `must be ${issue.expected}`
            : issue.message;
        return [error(`front matter ${key}: ${message}`, lineOfKey(source, key))];
      }),
    };
  }
  const meta = result.data;
  const diagnostics: Diagnostic[] = [];
  if (meta.id !== expectedId)
    diagnostics.push(error(`id '${meta.id}' must match the file's name '${expectedId}'`, lineOfKey(source, 'id')));
  if (meta.kind === 'person' && !meta.fate)
    diagnostics.push(error('a person needs a fate: what became of them', lineOfKey(source, 'kind')));
  if (meta.kind !== 'person' && meta.fate)
    diagnostics.push(error(`only a person has a fate, not a ${meta.kind}`, lineOfKey(source, 'fate')));
  const problems: string[] = [];
  const paragraphs = paragraphsOf(content, problems);
  const bodyLine = bodyStartLine(source);
  for (const problem of problems) diagnostics.push(error(problem, bodyLine));
  if (paragraphs.length === 0) diagnostics.push(error('the entry has no text', bodyLine));
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  // the title is always one of the words that mean the entry
  const aliases = [...new Set([meta.title, ...meta.aliases])];
  return {
    ok: true,
    entry: {
      id: meta.id,
      title: meta.title,
      kind: meta.kind,
      aliases,
      paragraphs,
      fate: meta.fate ?? null,
      sources: meta.sources,
    },
  };
}
