/**
 * A parser for the small part of YAML that action.yml uses: nested mappings whose values are
 * plain, quoted or block (`|`, `>`) scalars. Everything else (sequences, flow collections,
 * anchors, tags, multi-line plain or quoted scalars) is refused with the line number, so that a
 * change to action.yml the parser does not understand fails the docs test loudly instead of being
 * read wrongly. Scalars stay strings: `default: true` reads as 'true', which is also what the
 * runner hands the action.
 */

export type YamlValue = string | YamlMap
export type YamlMap = Map<string, YamlValue>

export class YamlSubsetError extends Error {
  override readonly name = 'YamlSubsetError'
}

export function parseYamlSubset(text: string): YamlMap {
  const parser = new Parser(text.replace(/^\uFEFF/, '').split(/\r?\n/))
  return parser.document()
}

const IGNORABLE = /^[ \t]*(#.*)?$/
const KEY_LINE = /^([A-Za-z0-9_.-]+)[ \t]*:(?:[ \t]+(.*))?$/
const UNSUPPORTED_START = /^(?:[[{&*!%@`]|-(?:[ \t]|$))/

function indentOf(line: string): number {
  const match = /^ */.exec(line)
  return match ? match[0].length : 0
}

class Parser {
  private i = 0

  constructor(private readonly lines: string[]) {}

  document(): YamlMap {
    this.skipIgnorable()
    const first = this.lines[this.i]
    const map = this.mapping(first === undefined ? 0 : indentOf(first))
    this.skipIgnorable()
    if (this.i < this.lines.length) throw this.error('unexpected indentation')
    return map
  }

  private error(problem: string, lineIndex = this.i): YamlSubsetError {
    const text = this.lines[lineIndex] ?? ''
    return new YamlSubsetError(`line ${lineIndex + 1}: ${problem}: ${JSON.stringify(text)}`)
  }

  private skipIgnorable(): void {
    while (this.i < this.lines.length && IGNORABLE.test(this.lines[this.i]!)) this.i++
  }

  private mapping(indent: number): YamlMap {
    const map: YamlMap = new Map()
    for (;;) {
      this.skipIgnorable()
      const line = this.lines[this.i]
      if (line === undefined) return map
      if (/^ *\t/.test(line)) throw this.error('tab in indentation')
      const own = indentOf(line)
      if (own < indent) return map
      if (own > indent) throw this.error('unexpected indentation')
      const body = line.slice(own)
      if (UNSUPPORTED_START.test(body)) throw this.error('only mappings are supported (no sequences, flow collections, anchors or tags)')
      const match = KEY_LINE.exec(body)
      if (!match) throw this.error('expected "key: value"')
      const key = match[1]!
      if (map.has(key)) throw this.error(`duplicate key '${key}'`)
      const rest = (match[2] ?? '').trim()
      this.i++
      map.set(key, this.value(rest, indent))
    }
  }

  private value(rest: string, indent: number): YamlValue {
    if (rest === '' || rest.startsWith('#')) {
      this.skipIgnorable()
      const next = this.lines[this.i]
      if (next === undefined || indentOf(next) <= indent) return ''
      return this.mapping(indentOf(next))
    }
    if (rest.startsWith('|') || rest.startsWith('>')) return this.block(rest, indent)
    if (UNSUPPORTED_START.test(rest)) throw this.error('unsupported value', this.i - 1)
    let scalar: string
    if (rest.startsWith("'")) {
      const match = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(rest)
      if (!match) throw this.error('single-quoted scalars must end on their line', this.i - 1)
      scalar = match[1]!.replace(/''/g, "'")
    } else if (rest.startsWith('"')) {
      const match = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(rest)
      if (!match) throw this.error('double-quoted scalars must end on their line', this.i - 1)
      scalar = match[1]!.replace(/\\(.)/g, (_, c: string) => {
        const escapes: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' }
        const unescaped = escapes[c]
        if (unescaped === undefined) throw this.error(`unsupported escape \\${c}`, this.i - 1)
        return unescaped
      })
    } else {
      scalar = rest.replace(/[ \t]+#.*$/, '')
    }
    this.skipIgnorable()
    const next = this.lines[this.i]
    if (next !== undefined && indentOf(next) > indent) {
      throw this.error('multi-line plain and quoted scalars are not supported; use a block scalar (>-)')
    }
    return scalar
  }

  private block(header: string, indent: number): string {
    const match = /^([|>])(?:([+-])([1-9])?|([1-9])([+-])?)?[ \t]*(?:#.*)?$/.exec(header)
    if (!match) throw this.error('bad block scalar header', this.i - 1)
    const style = match[1]!
    const chomp = match[2] ?? match[5] ?? ''
    const explicit = match[3] ?? match[4]
    const raw: string[] = []
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!
      if (line.trim() !== '' && indentOf(line) <= indent) break
      raw.push(line)
      this.i++
    }
    const firstText = raw.find((line) => line.trim() !== '')
    const blockIndent = explicit ? indent + Number(explicit) : firstText ? indentOf(firstText) : indent + 1
    const content = raw.map((line, k) => {
      if (line.trim() === '') return ''
      if (indentOf(line) < blockIndent) throw this.error('block scalar line indented less than its first line', this.i - raw.length + k)
      return line.slice(blockIndent)
    })
    let last = content.length
    while (last > 0 && content[last - 1] === '') last--
    const trailingBlank = content.length - last
    const lines = content.slice(0, last)
    const body = style === '|' ? lines.join('\n') : fold(lines)
    if (body === '') return chomp === '+' ? '\n'.repeat(trailingBlank) : ''
    if (chomp === '-') return body
    if (chomp === '+') return `${body}\n${'\n'.repeat(trailingBlank)}`
    return `${body}\n`
  }
}

/** YAML line folding: breaks between text lines become spaces, empty lines become breaks. */
function fold(lines: string[]): string {
  let out = ''
  let previous: 'start' | 'text' | 'indented' = 'start'
  let breaks = 0
  for (const line of lines) {
    if (line === '') {
      breaks++
      continue
    }
    const indented = /^[ \t]/.test(line)
    if (previous === 'start') out += '\n'.repeat(breaks)
    else if (previous === 'text' && !indented) out += breaks === 0 ? ' ' : '\n'.repeat(breaks)
    else out += '\n'.repeat(breaks + 1)
    out += line
    previous = indented ? 'indented' : 'text'
    breaks = 0
  }
  return out
}

/** One entry of action.yml `inputs:`. */
export interface ActionInput {
  name: string
  description: string
  required: boolean
  /** undefined when action.yml gives no `default:` */
  default: string | undefined
}

export interface ActionMetadata {
  top: YamlMap
  inputs: ActionInput[]
  outputs: { name: string; description: string }[]
}

function asMap(value: YamlValue | undefined, where: string): YamlMap {
  if (!(value instanceof Map)) throw new YamlSubsetError(`${where} must be a mapping`)
  return value
}

function asString(value: YamlValue | undefined, where: string): string {
  if (typeof value !== 'string') throw new YamlSubsetError(`${where} must be a scalar`)
  return value
}

export function readActionMetadata(text: string): ActionMetadata {
  const top = parseYamlSubset(text)
  const inputs = [...asMap(top.get('inputs'), 'inputs')].map(([name, value]): ActionInput => {
    const spec = asMap(value, `inputs.${name}`)
    for (const key of spec.keys()) {
      if (!['description', 'required', 'default', 'deprecationMessage'].includes(key)) {
        throw new YamlSubsetError(`inputs.${name}.${key} is not an input property`)
      }
    }
    const required = spec.has('required') ? asString(spec.get('required'), `inputs.${name}.required`) : 'false'
    if (required !== 'true' && required !== 'false') throw new YamlSubsetError(`inputs.${name}.required must be true or false`)
    return {
      name,
      description: asString(spec.get('description'), `inputs.${name}.description`),
      required: required === 'true',
      default: spec.has('default') ? asString(spec.get('default'), `inputs.${name}.default`) : undefined,
    }
  })
  const outputs = [...asMap(top.get('outputs'), 'outputs')].map(([name, value]) => {
    const spec = asMap(value, `outputs.${name}`)
    return { name, description: asString(spec.get('description'), `outputs.${name}.description`) }
  })
  return { top, inputs, outputs }
}
