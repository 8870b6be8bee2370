/**
 * Keeps the public face of the action in step with itself: README's inputs and outputs tables
 * against action.yml (names, order, defaults), action.yml against the names the code uses
 * (src/inputs.ts), and every workflow snippet in README, examples/
 * and .github/workflows against the inputs, operations and outputs that exist.
 *
 * The checks are functions from texts to a list of problems, so the last block can feed them
 * altered copies and prove that each kind of drift is caught.
 */
import { describe, it, expect } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { actionSteps, codeSpan, outputReferences, sectionTable, yamlBlocks } from './markdown.js'
import { operationsIn, sameList } from './contract.js'
import { ActionMetadataError, readActionMetadata, type ActionMetadata } from '../../scripts/lib/action-metadata.js'
import { INPUTS, OUTPUTS } from '../../src/inputs.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

const actionText = read('action.yml')
const readmeText = read('README.md')

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
    for (const key of ['name', 'description', 'author']) expect(typeof top[key] === 'string' && top[key] !== '').toBe(true)
    expect(top['runs']).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(Object.keys(top['branding'] as object).sort()).toEqual(['color', 'icon'])
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

  it('explains the org/b2c-keys-action@v1 placeholder its examples use', () => {
    const prose = readmeText.replace(/^```[^]*?^```/gm, '')
    expect(readmeText).toContain('uses: org/b2c-keys-action@v1')
    expect(prose).toMatch(/`org\/b2c-keys-action@v1`[^]{0,80}placeholder/)
  })

  it('shows an example of every operation', () => {
    const { operations } = snippetProblems(action, workflowDocuments()[0]!)
    const all = operationsIn(action.inputs.find((input) => input.name === 'operation')!.description)
    expect(all.filter((operation) => !operations.includes(operation))).toEqual([])
  })
})

describe('CONTRIBUTING', () => {
  const contributing = read('CONTRIBUTING.md')

  it('runs the action with @github/local-action on src/main.ts, whose run() it calls, with real inputs', () => {
    expect(contributing).toContain('npx @github/local-action . src/main.ts ')
    expect(read('src/main.ts')).toMatch(/^export async function run\(/m)
    const inputs = [...contributing.matchAll(/^INPUT_([A-Z0-9-]+)=/gm)].map((match) => match[1]!.toLowerCase())
    expect(inputs).toContain('operation')
    expect(inputs.filter((name) => !action.inputs.some((input) => input.name === name))).toEqual([])
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

/** Drift the checks above must catch, made on copies of the real files. */
describe('the checks catch drift', () => {
  const addInput = (text: string, name: string): string =>
    text.replace(/^inputs:\n/m, `inputs:\n  ${name}:\n    description: >-\n      An input added to action.yml only.\n    required: false\n`)
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

  it('a snippet passing an input that does not exist', () => {
    const document = { file: 'snippet', text: '', yaml: ['- id: k\n  uses: org/b2c-keys-action@v1\n  with:\n    operation: generate-key\n    keyset-name: X\n'] }
    expect(snippetProblems(action, document).problems.join('\n')).toMatch(/unknown input 'keyset-name'/)
  })

  it('a snippet reading an output that does not exist', () => {
    const yaml = '- id: k\n  uses: org/b2c-keys-action@v1\n  with:\n    operation: get-active-key\n- run: echo ${{ steps.k.outputs.key-id }}\n'
    expect(snippetProblems(action, { file: 'snippet', text: yaml, yaml: [yaml] }).problems.join('\n')).toMatch(/steps.k.outputs.key-id/)
  })
})

describe('reading action.yml', () => {
  it('keeps every scalar a string, as the runner hands inputs to the action', () => {
    const text = 'inputs:\n  flag:\n    description: d\n    required: false\n    default: true\noutputs: {}\n'
    expect(readActionMetadata(text).inputs).toEqual([{ name: 'flag', description: 'd', required: false, default: 'true' }])
  })

  it('refuses a duplicate key and a property inputs do not have', () => {
    expect(() => readActionMetadata('inputs:\n  a:\n    description: x\n  a:\n    description: y\noutputs: {}\n')).toThrow(/unique/)
    expect(() => readActionMetadata('inputs:\n  a:\n    descripton: x\noutputs: {}\n')).toThrow(ActionMetadataError)
  })
})
