/**
 * action.yml against the fixed public contract (../shared/ACTION-CONTRACT.md, which lives beside
 * the repository, not in it): every contract input exists, outputs are exactly the contract's,
 * the operations are the contract's, and defaults agree. Run in CI by .ci/run
 * (__tests__/ci/contract.check.ts) when ../shared exists; the README checks share the list helpers.
 */
import type { ActionMetadata } from '../../scripts/lib/action-metadata.js'
import { codeSpan, codeSpans, sectionTable } from './markdown.js'

export function sameList(what: string, expected: string[], actual: string[], expectedIn: string, actualIn: string): string[] {
  const problems: string[] = []
  for (const name of expected) if (!actual.includes(name)) problems.push(`${what} '${name}' is in ${expectedIn} but not in ${actualIn}`)
  for (const name of actual) if (!expected.includes(name)) problems.push(`${what} '${name}' is in ${actualIn} but not in ${expectedIn}`)
  if (problems.length === 0 && expected.join() !== actual.join()) {
    problems.push(`${what}s are in a different order: ${expectedIn} has ${expected.join(', ')}; ${actualIn} has ${actual.join(', ')}`)
  }
  return problems
}

/** The operations named in backticks in a description or contract cell. */
export function operationsIn(text: string): string[] {
  return codeSpans(text).filter((span) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(span))
}

/**
 * action.yml against the contract: every contract input exists, outputs are exactly the
 * contract's, the operations are the contract's, and defaults agree. A contract default that is a
 * literal in backticks (`auto`, `true`) must be action.yml's default; `(required)` must be
 * `required: true`; anything else (per cloud, now, none, the name of the input it is taken from)
 * is applied in code, so action.yml must give no default.
 */
export function contractProblems(action: ActionMetadata, contract: string): string[] {
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
