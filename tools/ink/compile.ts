import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

export type Severity = 'error' | 'warning' | 'todo';

export interface Diagnostic {
  /** Absolute path of the .ink file the message is about, when ink names one. */
  readonly file: string | null;
  readonly line: number | null;
  readonly severity: Severity;
  readonly message: string;
}

export interface CompileResult {
  /** The compiled story as JSON text, or null when compilation failed. */
  readonly json: string | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Every .ink file the story read: the entry and all INCLUDEs, absolute. */
  readonly files: readonly string[];
}

// ink reports e.g. "ERROR: 'lenin/karpovka.ink' line 5: message", naming INCLUDEd files relative to the entry.
const DIAGNOSTIC_PATTERN =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?(?:line (\d+):\s*)?(.*)$/s;

function severityOf(word: string): Severity {
  if (word.includes('WARNING')) return 'warning';
  if (word === 'TODO') return 'todo';
  return 'error';
}

export function parseDiagnostic(raw: string, entryDir: string, entryFile: string): Diagnostic {
  const match = DIAGNOSTIC_PATTERN.exec(raw.trim());
  if (!match) return { file: entryFile, line: null, severity: 'error', message: raw.trim() };
  const [, word = 'ERROR', file, line, message = ''] = match;
  return {
    file: file ? (isAbsolute(file) ? file : resolve(entryDir, file)) : entryFile,
    line: line ? Number(line) : null,
    severity: severityOf(word),
    message: message.trim(),
  };
}

export function formatDiagnostic(diagnostic: Diagnostic, cwd = process.cwd()): string {
  const where = diagnostic.file ? relative(cwd, diagnostic.file) : '<story>';
  const line = diagnostic.line === null ? '' : `:${diagnostic.line}`;
  return `${where}${line}: ${diagnostic.severity}: ${diagnostic.message}`;
}

/**
 * Compiles the ink story whose entry file is `entryPath`, resolving INCLUDEs beside it. `entrySource`
 * stands in for the entry file's text (a role's part of the story is its own entry, written in memory).
 */
export function compileInk(entryPath: string, entrySource?: string): CompileResult {
  const entry = resolve(entryPath);
  const entryDir = dirname(entry);
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>([entry]);

  const report = (raw: string): void => {
    if (seen.has(raw)) return; // ink reports the same parse error several times
    seen.add(raw);
    diagnostics.push(parseDiagnostic(raw, entryDir, entry));
  };

  let source: string;
  try {
    source = entrySource ?? readFileSync(entry, 'utf8');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { json: null, diagnostics: [{ file: entry, line: null, severity: 'error', message }], files: [entry] };
  }

  const fileHandler = {
    ResolveInkFilename: (name: string): string => resolve(entryDir, name),
    LoadInkFileContents: (path: string): string => {
      files.add(path);
      return readFileSync(path, 'utf8');
    },
  };
  const options = new CompilerOptions(entry, [], false, report, fileHandler);
  let json: string | null = null;
  try {
    const story = new Compiler(source, options).Compile();
    const out = story.ToJson();
    json = typeof out === 'string' && !diagnostics.some((d) => d.severity === 'error') ? out : null;
  } catch (error) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      const message = error instanceof Error ? error.message : String(error);
      diagnostics.push({ file: entry, line: null, severity: 'error', message });
    }
  }
  return { json, diagnostics, files: [...files] };
}
