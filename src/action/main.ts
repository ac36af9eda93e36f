/** The action's main phase: inputs → config → pipeline → outputs, state, summary. */
import { loadConfig } from '../config/config.js'
import { SECRET_INPUTS, type InputName } from '../config/inputs.js'
import { errorMessage, errorStack, internalMessage, isInternal } from '../errors.js'
import { annotationBook, type AnnotationBook } from '../pipeline/annotations.js'
import type { Context } from '../pipeline/context.js'
import { pullRequestChanges } from '../stages/common.js'
import { selectStages } from '../stages/index.js'
import { renderSummary } from '../pipeline/report.js'
import { runPipeline } from '../pipeline/runner.js'
import { writeSarifFile } from '../pipeline/sarif-file.js'
import { actionIO, githubHost, githubRunContext } from '../ports/github/index.js'
import { encodeState, STATE_KEY } from './state.js'

export async function main(): Promise<void> {
  let book: AnnotationBook | undefined
  try {
    const runner = githubHost()
    // Every error and warning is held, and the ones that matter most annotated at the end (GitHub shows 10 per level).
    book = annotationBook(runner.log)
    const host = { ...runner, log: book.log }
    // Secrets are masked before anything else can print them.
    for (const name of SECRET_INPUTS) {
      const value = actionIO.getInput(name)
      if (!value.startsWith('${{')) host.log.mask(value)
    }
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const config = await loadConfig((name: InputName) => actionIO.getInput(name), workspace, host.files)
    for (const secret of config.secrets) host.log.mask(secret)
    for (const warning of config.warnings) host.log.warning(warning)
    const ctx: Context = { config, host, run: githubRunContext(), facts: {} }
    const report = await runPipeline(selectStages(config.stages), ctx)

    // Outputs and state first, so that a failed stage still leaves what the earlier ones established.
    const go = ctx.facts.go
    if (go !== undefined) actionIO.setOutput('go-version', go.version)
    const built = ctx.facts.build
    if (built !== undefined) {
      actionIO.setOutput('version', built.version)
      actionIO.setOutput(
        'artifacts',
        JSON.stringify(
          built.artifacts.map(a => ({
            kind: a.kind,
            name: a.name,
            platform: a.platform,
            path: a.rel,
            sha256: a.sha256,
            size: a.size,
            static: a.static ?? null,
          })),
        ),
      )
    }
    const img = ctx.facts.image
    if (img !== undefined) {
      actionIO.setOutput('image-pushed', String(img.pushed))
      actionIO.setOutput('tags', img.refs.join('\n'))
      if (img.digest !== undefined) {
        actionIO.setOutput('digest', img.digest)
        actionIO.setOutput('image', `${img.name}@${img.digest}`)
      }
    }
    const cached = ctx.facts.cache
    actionIO.setOutput('cache-hit', String(cached?.entries.find(e => e.id === 'modules')?.result === 'hit'))
    if (cached !== undefined) {
      const json: Record<string, unknown> = {}
      for (const e of cached.entries)
        json[e.id] = { key: e.key, matchedKey: e.matchedKey ?? null, result: e.result, seconds: e.seconds, size: e.size, save: e.save, why: e.why }
      actionIO.setOutput('cache', JSON.stringify(json))
    }
    const sarifFile = await writeSarifFile(ctx)
    if (sarifFile !== undefined) actionIO.setOutput('sarif-file', sarifFile)
    const { resultsDir, timingsFile } = ctx.facts.test ?? {}
    if (resultsDir !== undefined) actionIO.setOutput('test-results', resultsDir)
    if (timingsFile !== undefined) actionIO.setOutput('timings-file', timingsFile)
    const junitFile = ctx.facts.test?.junitFile
    if (junitFile !== undefined) actionIO.setOutput('junit-file', junitFile)
    const coverage = ctx.facts.test?.coverage
    if (coverage !== undefined) {
      actionIO.setOutput('coverage', coverage.percent)
      actionIO.setOutput('coverage-file', coverage.file)
    }
    actionIO.saveState(
      STATE_KEY,
      encodeState({
        v: 1,
        workingDirectory: config.workingDirectory,
        stages: config.stages,
        ...(go ? { go: { version: go.version, goroot: go.goroot } } : {}),
        ...(cached
          ? {
              saves: cached.entries.filter(e => e.save).map(e => ({ id: e.id, paths: e.paths, key: e.key, ...(e.split === true ? { split: true } : {}) })),
              unsaved: cached.entries.filter(e => !e.save).map(e => ({ id: e.id, key: e.key, why: e.why })),
              ...(cached.trimBefore ? { trimBefore: cached.trimBefore } : {}),
              ...(cached.restoredFiles !== undefined ? { restoredFiles: cached.restoredFiles } : {}),
            }
          : {}),
      }),
    )
    const changes = await pullRequestChanges(ctx)
    const held = book.flush({
      reserveErrors: report.failure !== undefined ? 1 : 0,
      ...(changes !== undefined && 'changed' in changes ? { changed: changes.changed } : {}),
      ...(changes !== undefined && 'why' in changes ? { changedWhy: changes.why } : {}),
    })
    const { serverUrl, repository, sha } = ctx.run
    const blobBase = serverUrl && repository && sha ? `${serverUrl}/${repository}/blob/${sha}` : undefined
    await actionIO.writeSummary(renderSummary(report, ctx.facts, { held, ...(blobBase ? { blobBase } : {}) }))
    if (report.failure !== undefined) actionIO.setFailed(report.failure)
  } catch (error) {
    book?.flush({ reserveErrors: 1 })
    if (isInternal(error)) {
      actionIO.info(errorStack(error))
      actionIO.setFailed(internalMessage(error))
    } else {
      actionIO.setFailed(errorMessage(error))
    }
  }
}
