/** GitHub's own parser (@actions/workflow-parser) over a workflow or an action.yml: its errors, if any. */
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'

export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  const errors = result.context.errors.getErrors().map(e => e.message)
  if (result.value === undefined) return errors.length > 0 ? errors : ['no workflow parsed']
  const template = await convertWorkflowTemplate(result.context, result.value)
  return [...errors, ...(template.errors ?? []).map(e => e.Message)]
}

export function actionErrors(name: string, content: string): string[] {
  const result = parseAction({ name, content }, new NoOperationTraceWriter())
  return result.context.errors.getErrors().map(e => e.message)
}
