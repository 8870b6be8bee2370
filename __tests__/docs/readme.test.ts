/**
 * Keeps the public face of the action in step with itself: README's inputs and outputs tables
 * against action.yml (names, order, defaults), action.yml against the names the code uses
 * (src/inputs.ts) and against the fixed public contract
 * (../shared/ACTION-CONTRACT.md, when present), and every workflow snippet in README, examples/
 * and .github/workflows against the inputs, operations and outputs that exist.
 *
 * The checks are functions from texts to a list of problems, so the last block can feed them
 * altered copies and prove that each kind of drift is caught.
 */
import { describe, it, expect } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { actionSteps, codeSpan, codeSpans, outputReferences, sectionTable, yamlBlocks } from './markdown.js'
import { parseYamlSubset, readActionMetadata, YamlSubsetError, type ActionMetadata } from '../../scripts/lib/yaml-subset.js'
import { INPUTS, OUTPUTS } from '../../src/inputs.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')
const contractPath = path.resolve(root, '../shared/ACTION-CONTRACT.md')

const actionText = read('action.yml')
const readmeText = read('README.md')
const contractText = existsSync(contractPath) ? readFileSync(contractPath, 'utf8') : undefined

function sameList(what: string, expected: string[], actual: string[], expectedIn: string, actualIn: string): string[] {
  const problems: string[] = []
  for (const name of expected) if (!actual.includes(name)) problems.push(`${what} '${name}' is in ${expectedIn} but not in ${actualIn}`)
  for (const name of actual) if (!expected.includes(name)) problems.push(`${what} '${name}' is in ${actualIn} but not in ${expectedIn}`)
  if (problems.length === 0 && expected.join() !== actual.join()) {
    problems.push(`${what}s are in a different order: ${expectedIn} has ${expected.join(', ')}; ${actualIn} has ${actual.join(', ')}`)
  }
  return problems
}

function namesColumn(rows: string[][], what: string, problems: string[]): string[] {
  return rows.map((row) => {
    const name = codeSpan(row[0]!)
    if (name === undefined) problems.push(`first cell of README ${what} row '${row[0]}' is not a name in backticks`)
    return name ?? row[0]!
  })
}

/** README `## Inputs` table against action.yml inputs: names, order, defaults, required. */
function inputTableProblems(action: ActionMetadata, readme: string): string[] {
  const problems: string[] = []
  const table = sectionTable(readme, 'Inputs')
  if (table.header.map((cell) => cell.toLowerCase()).join('|') !== 'name|default|description') {
    problems.push(`README inputs table header must be name | default | description, is ${table.header.join(' | ')}`)
  }
  const names = namesColumn(table.rows, 'inputs', problems)
  problems.push(...sameList('input', action.inputs.map((input) => input.name), names, 'action.yml', 'the README inputs table'))
  table.rows.forEach((row, i) => {
    const input = action.inputs.find((candidate) => candidate.name === names[i])
    if (!input) return
    const cell = row[1]!
    if (input.default !== undefined) {
      if (cell !== `\`${input.default}\``) {
        problems.push(`input '${input.name}': action.yml default is '${input.default}', README default cell is '${cell}' (write it as \`${input.default}\`)`)
      }
    } else if (input.required) {
      if (!/required/i.test(cell)) problems.push(`input '${input.name}' is required in action.yml; README default cell '${cell}' should say so`)
    } else if (codeSpan(cell) !== undefined) {
      problems.push(`input '${input.name}' has no default in action.yml, but README default cell '${cell}' reads as a literal default`)
    }
    if (row[2]!.trim() === '') problems.push(`input '${input.name}' has an empty description in README`)
  })
  return problems
}

/** README `## Outputs` table against action.yml outputs: names and order. */
function outputTableProblems(action: ActionMetadata, readme: string): string[] {
  const problems: string[] = []
  const table = sectionTable(readme, 'Outputs')
  if (table.header.map((cell) => cell.toLowerCase()).join('|') !== 'name|description') {
    problems.push(`README outputs table header must be name | description, is ${table.header.join(' | ')}`)
  }
  const names = namesColumn(table.rows, 'outputs', problems)
  problems.push(...sameList('output', action.outputs.map((output) => output.name), names, 'action.yml', 'the README outputs table'))
  table.rows.forEach((row, i) => {
    if (row[1]!.trim() === '') problems.push(`output '${names[i]}' has an empty description in README`)
  })
  return problems
}

/** The operations named in backticks in a description or contract cell. */
function operationsIn(text: string): string[] {
  return codeSpans(text).filter((span) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(span))
}

/**
 * action.yml against the contract: every contract input exists, outputs are exactly the
 * contract's, the operations are the contract's, and defaults agree. A contract default that is a
 * literal in backticks (`auto`, `true`) must be action.yml's default; `(required)` must be
 * `required: true`; anything else (per cloud, now, none, the name of the input it is taken from)
 * is applied in code, so action.yml must give no default.
 */
function contractProblems(action: ActionMetadata, contract: string): string[] {
  const problems: string[] = []
  const contractInputs = sectionTable(contract, 'Inputs').rows
  const contractInputNames = contractInputs.flatMap((row) => codeSpans(row[0]!))
  // The contract's "Additions" land one at a time: what action.yml has of them must match them, none is required.
  const additions = additionsOf(contract)
  for (const row of [...contractInputs, ...additions.inputs]) {
    const defaultCell = row[1]!
    for (const name of codeSpans(row[0]!)) {
      const input = action.inputs.find((candidate) => candidate.name === name)
      if (!input) {
        if (contractInputs.includes(row)) problems.push(`contract input '${name}' is missing from action.yml`)
        continue
      }
      // `application` is target's literal default, `client-id` is application's default taken
      // from another input: a name of an input counts as literal only if the meaning lists it.
      const literal = codeSpan(defaultCell)
      const isLiteral = literal !== undefined && (!contractInputNames.includes(literal) || codeSpans(row[2]!).includes(literal))
      if (/required/i.test(defaultCell)) {
        if (!input.required) problems.push(`contract input '${name}' is required; action.yml says required: false`)
      } else if (isLiteral) {
        if (input.default !== literal) problems.push(`contract input '${name}' defaults to '${literal}'; action.yml default is '${input.default ?? '(none)'}'`)
      } else if (input.default !== undefined) {
        problems.push(`contract input '${name}' defaults to '${defaultCell}', applied in code; action.yml must not give a default (it gives '${input.default}')`)
      }
    }
  }
  const contractOutputs = sectionTable(contract, 'Outputs').rows.flatMap((row) => codeSpans(row[0]!))
  const actionOutputs = action.outputs.map((output) => output.name)
  for (const name of contractOutputs) if (!actionOutputs.includes(name)) problems.push(`output '${name}' is in the contract but not in action.yml`)
  for (const name of actionOutputs) {
    if (!contractOutputs.includes(name) && !additions.outputs.includes(name)) problems.push(`output '${name}' is in action.yml but not in the contract`)
  }
  const operationRow = contractInputs.find((row) => codeSpans(row[0]!).includes('operation'))
  const operation = action.inputs.find((input) => input.name === 'operation')
  if (operationRow && operation) {
    const expected = operationsIn(operationRow[2]!)
    const actual = operationsIn(operation.description)
    for (const name of expected) if (!actual.includes(name)) problems.push(`contract operation '${name}' is not named in action.yml's operation description`)
    for (const name of actual) {
      if (!expected.includes(name) && !additions.operations.includes(name)) problems.push(`action.yml's operation description names '${name}', which the contract does not have`)
    }
  }
  return problems
}

function additionsOf(contract: string): { inputs: string[][]; outputs: string[]; operations: string[] } {
  if (!contract.includes('## New inputs')) return { inputs: [], outputs: [], operations: [] }
  const names = (title: string) => sectionTable(contract, title).rows.flatMap((row) => codeSpans(row[0]!))
  return { inputs: sectionTable(contract, 'New inputs').rows, outputs: names('New outputs'), operations: names('New operations') }
}

interface Document {
  file: string
  text: string
  yaml: string[]
}

function workflowDocuments(): Document[] {
  const documents: Document[] = [{ file: 'README.md', text: readmeText, yaml: yamlBlocks(readmeText) }]
  for (const dir of ['examples', '.github/workflows']) {
    if (!existsSync(path.join(root, dir))) continue
    for (const name of readdirSync(path.join(root, dir)).filter((file) => /\.ya?ml$/.test(file)).sort()) {
      const text = read(`${dir}/${name}`)
      documents.push({ file: `${dir}/${name}`, text, yaml: [text] })
    }
  }
  return documents
}

const isThisAction = (uses: string): boolean => uses === './' || /(^|\/)b2c-keys-action@/.test(uses)

/** Steps that use this action must use real inputs and operations, and read real outputs. */
function snippetProblems(action: ActionMetadata, document: Document): { problems: string[]; operations: string[] } {
  const problems: string[] = []
  const operations = operationsIn(action.inputs.find((input) => input.name === 'operation')?.description ?? '')
  const inputs = action.inputs.map((input) => input.name)
  const outputs = action.outputs.map((output) => output.name)
  const used: string[] = []
  const ids = new Set<string>()
  for (const yaml of document.yaml) {
    for (const step of actionSteps(yaml, isThisAction)) {
      const where = `${document.file}: step '${step.id ?? step.uses}' (uses: ${step.uses})`
      if (step.id) ids.add(step.id)
      for (const name of step.with.keys()) if (!inputs.includes(name)) problems.push(`${where} passes unknown input '${name}'`)
      for (const name of action.inputs.filter((input) => input.required).map((input) => input.name)) {
        if (!step.with.has(name)) problems.push(`${where} lacks the required input '${name}'`)
      }
      const operation = step.with.get('operation')
      if (operation !== undefined) {
        used.push(operation)
        if (!operations.includes(operation) && !operation.includes('${{')) problems.push(`${where} uses unknown operation '${operation}'`)
      }
    }
  }
  for (const reference of outputReferences(document.text)) {
    if (ids.has(reference.step) && !outputs.includes(reference.output)) {
      problems.push(`${document.file} reads steps.${reference.step}.outputs.${reference.output}, which the action does not have`)
    }
  }
  return { problems, operations: used }
}

const action = readActionMetadata(actionText)

describe('action.yml', () => {
  it('parses and declares a node24 action with branding', () => {
    const top = action.top
    for (const key of ['name', 'description', 'author']) expect(typeof top.get(key) === 'string' && top.get(key) !== '').toBe(true)
    const runs = top.get('runs')
    const branding = top.get('branding')
    expect(runs instanceof Map && Object.fromEntries(runs)).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(branding instanceof Map && [...branding.keys()].sort()).toEqual(['color', 'icon'])
  })

  it('describes every input and output', () => {
    for (const entry of [...action.inputs, ...action.outputs]) {
      expect({ name: entry.name, described: entry.description.trim().length > 20 }).toEqual({ name: entry.name, described: true })
    }
  })

  it('gives every boolean input a default of true or false', () => {
    const booleans = action.inputs.filter((input) => input.description.startsWith('`true` or `false`'))
    expect(booleans.map((input) => input.name)).toEqual(expect.arrayContaining(['create-if-missing', 'dry-run', 'allow-unsafe-removal']))
    for (const input of booleans) expect({ name: input.name, default: input.default }).toEqual({ name: input.name, default: expect.stringMatching(/^(true|false)$/) })
  })

  it('declares exactly the inputs and outputs the code reads and writes (src/inputs.ts)', () => {
    expect(sameList('input', action.inputs.map((input) => input.name), Object.values(INPUTS), 'action.yml', 'src/inputs.ts INPUTS')).toEqual([])
    expect(sameList('output', action.outputs.map((output) => output.name), Object.values(OUTPUTS), 'action.yml', 'src/inputs.ts OUTPUTS')).toEqual([])
  })

  it('has the one input beyond the contract, allow-unsafe-removal, off by default', () => {
    expect(action.inputs.find((input) => input.name === 'allow-unsafe-removal')?.default).toBe('false')
  })
})

describe('README', () => {
  it('lists exactly the inputs of action.yml, in the same order, with the same defaults', () => {
    expect(inputTableProblems(action, readmeText)).toEqual([])
  })

  it('lists exactly the outputs of action.yml, in the same order', () => {
    expect(outputTableProblems(action, readmeText)).toEqual([])
  })

  it('puts the two set-up commands before anything else', () => {
    const firstSection = readmeText.split(/^## /m)[1] ?? ''
    expect(firstSection).toContain('npm ci && npm run demo')
    expect(firstSection).toContain('npm test')
  })

  it('shows an example of every operation', () => {
    const { operations } = snippetProblems(action, workflowDocuments()[0]!)
    const all = operationsIn(action.inputs.find((input) => input.name === 'operation')!.description)
    expect(all.filter((operation) => !operations.includes(operation))).toEqual([])
  })
})

describe('workflow snippets (README, examples/, .github/workflows/)', () => {
  const documents = workflowDocuments()

  it.each(documents.map((document) => [document.file, document] as const))('%s uses only real inputs, operations and outputs', (_, document) => {
    expect(snippetProblems(action, document).problems).toEqual([])
  })

  it('finds the action in every example workflow', () => {
    const examples = documents.filter((document) => document.file.startsWith('examples/'))
    expect(examples.length).toBeGreaterThanOrEqual(3)
    for (const example of examples) expect({ file: example.file, steps: actionSteps(example.text, isThisAction).length > 0 }).toEqual({ file: example.file, steps: true })
  })
})

const describeContract = contractText === undefined ? describe.skip : describe
if (contractText === undefined) {
  console.warn(`Skipping the contract checks: ${contractPath} does not exist (it lives beside the repository, in ../shared).`)
}

describeContract(`action.yml against ${path.relative(root, contractPath)}`, () => {
  it('has every contract input and exactly the contract outputs, operations and defaults', () => {
    expect(contractProblems(action, contractText!)).toEqual([])
  })
})

/** Drift the checks above must catch, made on copies of the real files. */
describe('the checks catch drift', () => {
  const addInput = (text: string, name: string): string =>
    text.replace(/^inputs:\n/m, `inputs:\n  ${name}:\n    description: >-\n      An input added to action.yml only.\n    required: false\n`)
  const dropInput = (text: string, name: string): string => text.replace(new RegExp(`^  ${name}:\\n(?:    .*\\n|\\n)*`, 'm'), '')
  const inputRows = (readme: string): string[] => readme.split('\n').filter((line) => /^\| `[a-z0-9-]+` \|/.test(line))

  it('an input added to action.yml only', () => {
    const problems = inputTableProblems(readActionMetadata(addInput(actionText, 'extra-input')), readmeText)
    expect(problems.join('\n')).toMatch(/'extra-input' is in action.yml but not in the README/)
  })

  it('an input added to the README only', () => {
    const row = inputRows(readmeText)[0]!
    const readme = readmeText.replace(row, `${row}\n| \`extra-input\` | | Only in the README. |`)
    expect(inputTableProblems(action, readme).join('\n')).toMatch(/'extra-input' is in the README inputs table but not in action.yml/)
  })

  it('an output added to one side only', () => {
    const withOutput = actionText.replace(/^outputs:\n/m, 'outputs:\n  extra-output:\n    description: >-\n      An output added to action.yml only.\n')
    expect(outputTableProblems(readActionMetadata(withOutput), readmeText).join('\n')).toMatch(/'extra-output'/)
  })

  it('a default changed on one side', () => {
    const changed = actionText.replace(/(\n  use:\n(?:    .*\n)*?    default: )'sig'/, "$1'enc'")
    expect(changed).not.toBe(actionText)
    expect(inputTableProblems(readActionMetadata(changed), readmeText).join('\n')).toMatch(/input 'use': action.yml default is 'enc'/)
  })

  it('two rows swapped', () => {
    const [first, second] = inputRows(readmeText)
    const readme = readmeText.replace(`${first!}\n${second!}`, `${second!}\n${first!}`)
    expect(inputTableProblems(action, readme).join('\n')).toMatch(/different order/)
  })

  it('a contract input missing from action.yml', () => {
    if (contractText === undefined) return
    const dropped = dropInput(actionText, 'key-display-name')
    expect(dropped).not.toBe(actionText)
    expect(contractProblems(readActionMetadata(dropped), contractText).join('\n')).toMatch(/'key-display-name' is missing from action.yml/)
  })

  it('a snippet passing an input that does not exist', () => {
    const document = { file: 'snippet', text: '', yaml: ['- id: k\n  uses: org/b2c-keys-action@v1\n  with:\n    operation: generate-key\n    keyset-name: X\n'] }
    expect(snippetProblems(action, document).problems.join('\n')).toMatch(/unknown input 'keyset-name'/)
  })

  it('a snippet reading an output that does not exist', () => {
    const yaml = '- id: k\n  uses: org/b2c-keys-action@v1\n  with:\n    operation: get-active-key\n- run: echo ${{ steps.k.outputs.key-id }}\n'
    expect(snippetProblems(action, { file: 'snippet', text: yaml, yaml: [yaml] }).problems.join('\n')).toMatch(/steps.k.outputs.key-id/)
  })
})

describe('the YAML subset parser', () => {
  it('reads block, quoted and plain scalars as YAML does', () => {
    const parsed = parseYamlSubset(
      ["a: >-", '  one', '  two', '', '  three', "b: |", '  x', '   y', "c: 'it''s' # note", 'd: "q\\"" ', 'e: plain # note', 'f:', '  g: h'].join('\n'),
    )
    expect(parsed.get('a')).toBe('one two\nthree')
    expect(parsed.get('b')).toBe('x\n y\n')
    expect(parsed.get('c')).toBe("it's")
    expect(parsed.get('d')).toBe('q"')
    expect(parsed.get('e')).toBe('plain')
    expect(parsed.get('f')).toEqual(new Map([['g', 'h']]))
  })

  it('refuses what it does not understand instead of misreading it', () => {
    for (const text of ['a:\n  - b', 'a: [b]', 'a: &x b', 'a: b\na: c', 'a: plain\n  continued', "a: 'open\n  close'"]) {
      expect(() => parseYamlSubset(text)).toThrow(YamlSubsetError)
    }
  })
})
