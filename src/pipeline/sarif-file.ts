/** The sarif-file output: every go vet and golangci-lint finding of the run as one SARIF 2.1.0 file. */
import * as path from 'node:path'
import { lintTool, sarifLog, vetTool } from '../go/sarif.js'
import type { Context } from './context.js'

/** Writes the file when vet or lint ran (their findings may be none: an empty run clears old alerts); its path, else undefined. */
export async function writeSarifFile(ctx: Context): Promise<string | undefined> {
  const { vet, lint, go } = ctx.facts
  if (vet === undefined && lint === undefined) return undefined
  const tools = [...(vet ? [vetTool(go?.version ?? 'unknown', vet.findings)] : []), ...(lint ? [lintTool(lint.version, lint.issues)] : [])]
  const dir = await ctx.host.files.makeTempDir(ctx.host.tempDir, 'go-pipeline-sarif-')
  if (ctx.host.kind === 'local') ctx.host.cleanups.register({ kind: 'remove', path: dir })
  const file = path.join(dir, 'findings.sarif')
  await ctx.host.files.writeText(file, `${JSON.stringify(sarifLog(tools), null, 2)}\n`)
  return file
}
