/**
 * action.yml read with the `yaml` library under the failsafe schema: every scalar stays a string
 * (`default: true` reads as 'true', which is also what the runner hands the action), and a
 * duplicate key or a syntax error throws with its line. Dev-only: the action never reads action.yml.
 */
import { parse } from 'yaml'

/** One entry of action.yml `inputs:`. */
export interface ActionInput {
  name: string
  description: string
  required: boolean
  /** undefined when action.yml gives no `default:` */
  default: string | undefined
}

export interface ActionMetadata {
  top: Record<string, unknown>
  inputs: ActionInput[]
  outputs: { name: string; description: string }[]
}

export class ActionMetadataError extends Error {
  override readonly name = 'ActionMetadataError'
}

/** YAML text → plain objects, arrays and strings. */
export function parseYaml(text: string): unknown {
  return parse(text, { schema: 'failsafe', prettyErrors: true })
}

export function asMapping(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ActionMetadataError(`${where} must be a mapping`)
  return value as Record<string, unknown>
}

function asString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new ActionMetadataError(`${where} must be a scalar`)
  return value
}

export function readActionMetadata(text: string): ActionMetadata {
  const top = asMapping(parseYaml(text), 'action.yml')
  const inputs = Object.entries(asMapping(top['inputs'], 'inputs')).map(([name, value]): ActionInput => {
    const spec = asMapping(value, `inputs.${name}`)
    for (const key of Object.keys(spec)) {
      if (!['description', 'required', 'default', 'deprecationMessage'].includes(key)) {
        throw new ActionMetadataError(`inputs.${name}.${key} is not an input property`)
      }
    }
    const required = 'required' in spec ? asString(spec['required'], `inputs.${name}.required`) : 'false'
    if (required !== 'true' && required !== 'false') throw new ActionMetadataError(`inputs.${name}.required must be true or false`)
    return {
      name,
      description: asString(spec['description'], `inputs.${name}.description`),
      required: required === 'true',
      default: 'default' in spec ? asString(spec['default'], `inputs.${name}.default`) : undefined,
    }
  })
  const outputs = Object.entries(asMapping(top['outputs'], 'outputs')).map(([name, value]) => {
    const spec = asMapping(value, `outputs.${name}`)
    return { name, description: asString(spec['description'], `outputs.${name}.description`) }
  })
  return { top, inputs, outputs }
}
