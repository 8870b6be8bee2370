/**
 * Entry point that scripts/lib/github-parser.ts bundles with esbuild: @actions/workflow-parser
 * imports its JSON schemas without `with { type: 'json' }`, which Node refuses to load as plain
 * ESM, but bundled as CommonJS it runs. Nothing here is part of the action.
 */
import { parseAction } from '@actions/workflow-parser/actions/index'
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'

export type Kind = 'action' | 'workflow'

/** The parser's errors for one file, as GitHub's language server would show them. */
export async function problems(kind: Kind, name: string, content: string): Promise<string[]> {
  const file = { name, content }
  const trace = new NoOperationTraceWriter()
  if (kind === 'action') return parseAction(file, trace).context.errors.getErrors().map((error) => error.message)
  const parsed = parseWorkflow(file, trace)
  if (parsed.value === undefined) return parsed.context.errors.getErrors().map((error) => error.message)
  // The conversion reports into the same context as the parse, and also lists the errors again.
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  const all = [...parsed.context.errors.getErrors().map((error) => error.message), ...(template.errors ?? []).map((error) => error.Message)]
  return [...new Set(all)]
}
