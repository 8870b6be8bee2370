/** GitHub-flavoured Markdown tables, padded so the raw text reads as a table too. */

export type Align = 'left' | 'right'

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = headers.map((header, column) => Math.max(3, header.length, ...rows.map((row) => (row[column] ?? '').length)))
  const cell = (text: string, column: number): string =>
    align[column] === 'right' ? text.padStart(widths[column]!) : text.padEnd(widths[column]!)
  const line = (cells: readonly string[]): string => `| ${headers.map((_, column) => cell(cells[column] ?? '', column)).join(' | ')} |`
  const rule = `| ${widths.map((width, column) => (align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`
  return [line(headers), rule, ...rows.map(line)].join('\n')
}
