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
  /** the keys under `with:`, in order, and their values (quotes removed, block scalars as '') */
  with: Map<string, string>
  /** 1-based line of the `uses:` */
  line: number
}

function unquote(value: string): string {
  const text = value.replace(/[ \t]+#.*$/, '').trim()
  const quoted = /^'(.*)'$/.exec(text) ?? /^"(.*)"$/.exec(text)
  return quoted ? quoted[1]! : text
}

/**
 * The steps of a workflow (or a snippet of one) whose `uses:` satisfies isThisAction. Line based:
 * a step is a sequence item (`- key: …`); its keys sit at the column after the dash; the keys of
 * its `with:` are the lines at the first indentation found below it.
 */
export function actionSteps(yaml: string, isThisAction: (uses: string) => boolean): ActionStep[] {
  const lines = yaml.split(/\r?\n/)
  const steps: ActionStep[] = []
  for (let i = 0; i < lines.length; i++) {
    const item = /^(\s*-\s+)(\S.*)$/.exec(lines[i]!)
    if (!item) continue
    const column = item[1]!.length
    const keys = new Map<string, number>()
    keys.set(item[2]!, i)
    let end = i + 1
    for (; end < lines.length; end++) {
      const line = lines[end]!
      if (line.trim() === '' || /^\s*#/.test(line)) continue
      const indent = /^ */.exec(line)![0].length
      if (indent < column) break
      if (indent === column) keys.set(line.slice(column), end)
    }
    const entries = [...keys].map(([text, at]) => ({ at, match: /^([A-Za-z0-9_-]+):(?:\s+(.*))?$/.exec(text) }))
    const field = (name: string) => entries.find((entry) => entry.match?.[1] === name)
    const uses = field('uses')
    if (!uses || !isThisAction(unquote(uses.match![2] ?? ''))) continue
    const id = field('id')
    const withEntry = field('with')
    const inputs = new Map<string, string>()
    if (withEntry) {
      let keyIndent: number | undefined
      for (let k = withEntry.at + 1; k < end; k++) {
        const line = lines[k]!
        if (line.trim() === '' || /^\s*#/.test(line)) continue
        const indent = /^ */.exec(line)![0].length
        if (indent <= column) break
        keyIndent ??= indent
        if (indent < keyIndent) break
        if (indent > keyIndent) continue
        const pair = /^([A-Za-z0-9_-]+):(?:\s+(.*))?$/.exec(line.slice(indent))
        if (!pair) throw new Error(`line ${k + 1}: cannot read the input in '${line}'`)
        const raw = pair[2] ?? ''
        inputs.set(pair[1]!, /^[|>]/.test(raw) ? '' : unquote(raw))
      }
    }
    steps.push({
      uses: unquote(uses.match![2] ?? ''),
      id: id ? unquote(id.match![2] ?? '') : undefined,
      with: inputs,
      line: uses.at + 1,
    })
  }
  return steps
}

/** Every `steps.<id>.outputs.<name>` reference in a text. */
export function outputReferences(text: string): { step: string; output: string }[] {
  return [...text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)].map((match) => ({
    step: match[1]!,
    output: match[2]!,
  }))
}
