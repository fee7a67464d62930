/** Tables: printed as aligned text, and as Markdown for docs/performance.md. */

export interface Table {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Said under the table. */
  readonly note?: string;
}

export function verdict(ok: boolean | null): string {
  if (ok === null) return '–';
  return ok ? '✓' : '✗';
}

export function textTable(table: Table): string {
  const widths = table.head.map((cell, i) => Math.max(cell.length, ...table.rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const out = [`== ${table.title}`, line(table.head), rule, ...table.rows.map(line)];
  if (table.note) out.push(table.note);
  return out.join('\n');
}

const escape = (cell: string): string => cell.replaceAll('|', '\\|');

export function markdownTable(table: Table): string {
  const out = [
    `### ${table.title}`,
    '',
    `| ${table.head.map(escape).join(' | ')} |`,
    `| ${table.head.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ];
  if (table.note) out.push('', table.note);
  return out.join('\n');
}
