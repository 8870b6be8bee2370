import { asMapping, parseYaml } from '../../scripts/lib/action-metadata.js'

/**
 * Just enough Markdown and workflow reading for the docs tests: level-2 sections, GitHub-flavoured
 * tables, fenced YAML blocks, and the steps of a workflow that use this action.
 */

/** The lines under `## <title>` up to the next heading of level 1 or 2. Throws unless exactly one. */
export function section(markdown: string, title: string): string[] {
  const lines = outsideFences(markdown)
  const starts = lines.flatMap((line, i) => (line === `## ${title}` ? [i] : []))
  if (starts.length !== 1) throw new Error(`expected exactly one '## ${title}' heading, found ${starts.length}`)
  const start = starts[0]! + 1
  let end = start
  while (end < lines.length && !/^#{1,2} /.test(lines[end]!)) end++
  return lines.slice(start, end)
}

/** The document's lines with the lines of fenced code blocks blanked out (so `| …` or `## …` in code do not count). */
function outsideFences(markdown: string): string[] {
  let fence: string | undefined
  return markdown.split(/\r?\n/).map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === undefined && marker) {
      fence = marker
      return ''
    }
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
      return ''
    }
    return line
  })
}

export interface Table {
  header: string[]
  rows: string[][]
  /** 0-based index of the header line within the lines given to tables() */
  line: number
}

/** Splits a table row on unescaped pipes, as GFM does (a pipe inside a code span still splits). */
export function splitRow(line: string): string[] {
  let row = line.trim()
  if (row.startsWith('|')) row = row.slice(1)
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1)
  const cells: string[] = []
  let cell = ''
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!
    if (c === '\\' && row[i + 1] === '|') {
      cell += '|'
      i++
    } else if (c === '|') {
      cells.push(cell.trim())
      cell = ''
    } else {
      cell += c
    }
  }
  cells.push(cell.trim())
  return cells
}

/** Every table in the given lines. Throws on a row whose cell count differs from the header's. */
export function tables(lines: string[]): Table[] {
  const found: Table[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trimStart().startsWith('|')) continue
    const header = splitRow(lines[i]!)
    const delimiter = lines[i + 1] === undefined ? [] : splitRow(lines[i + 1]!)
    if (delimiter.length !== header.length || !delimiter.every((cell) => /^:?-+:?$/.test(cell))) {
      throw new Error(`line '${lines[i]}' starts a table without a delimiter row of ${header.length} cells`)
    }
    const table: Table = { header, rows: [], line: i }
    i += 2
    for (; i < lines.length && lines[i]!.trimStart().startsWith('|'); i++) {
      const cells = splitRow(lines[i]!)
      if (cells.length !== header.length) {
        throw new Error(`table row has ${cells.length} cells, its header ${header.length} (an unescaped '|'?): ${lines[i]}`)
      }
      table.rows.push(cells)
    }
    found.push(table)
  }
  return found
}

/** The one table of a `## <title>` section. */
export function sectionTable(markdown: string, title: string): Table {
  const found = tables(section(markdown, title))
  if (found.length !== 1) throw new Error(`'## ${title}' must hold exactly one table, it holds ${found.length}`)
  return found[0]!
}

/** `` `name` `` → name; undefined when the cell is anything else. */
export function codeSpan(cell: string): string | undefined {
  return /^`([^`]*)`$/.exec(cell)?.[1]
}

/** Every code span in a cell, in order. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)
}

/** Contents of fenced code blocks whose info string is yaml or yml. */
export function yamlBlocks(markdown: string): string[] {
  const blocks: string[] = []
  const lines = markdown.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})[ \t]*(yaml|yml)\b/.exec(lines[i]!)
    if (!open) continue
    const fence = open[1]!
    const body: string[] = []
    for (i++; i < lines.length && lines[i]!.trim() !== fence; i++) body.push(lines[i]!)
    blocks.push(body.join('\n'))
  }
  return blocks
}

export interface ActionStep {
  uses: string
  id: string | undefined
  /** the keys under `with:`, in order, and their values as the runner reads them (strings) */
  with: Map<string, string>
}

/**
 * The steps of a workflow (or a snippet of one, such as a list of steps) whose `uses:` satisfies
 * isThisAction: every mapping anywhere in the document with a string `uses`.
 */
export function actionSteps(yaml: string, isThisAction: (uses: string) => boolean): ActionStep[] {
  const steps: ActionStep[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (typeof node !== 'object' || node === null) return
    const map = node as Record<string, unknown>
    const uses = map['uses']
    if (typeof uses === 'string' && isThisAction(uses)) {
      const inputs = map['with'] === undefined ? {} : asMapping(map['with'], `with: of the step using ${uses}`)
      steps.push({
        uses,
        id: typeof map['id'] === 'string' ? map['id'] : undefined,
        with: new Map(Object.entries(inputs).map(([name, value]) => [name, String(value)])),
      })
    }
    Object.values(map).forEach(visit)
  }
  visit(parseYaml(yaml))
  return steps
}

/** Every `steps.<id>.outputs.<name>` reference in a text. */
export function outputReferences(text: string): { step: string; output: string }[] {
  return [...text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)].map((match) => ({
    step: match[1]!,
    output: match[2]!,
  }))
}
