/**
 * lint: golangci-lint v2. Installed from the release archive at golangci-lint-base-url with its sha256
 * verified against the release's checksums file (golangci-lint-action doesn't), kept in the tool
 * cache; or the one on PATH with `golangci-lint-version: path`. Config is auto-detected by
 * golangci-lint itself. Every issue becomes an annotation at its file and line.
 */
import * as path from 'node:path'
import { errorMessage, UserError } from '../errors.js'
import { download, downloadVerified } from '../pipeline/download.js'
import { parseChecksums, parseLintJson, lintAsset } from '../go/golangci.js'
import { hostPlatform } from '../go/platform.js'
import type { Context, Located } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { annotate, lintCacheDir, modules, relative } from '../pipeline/workspace.js'
import { plural } from '../pipeline/text.js'

export const lint: Stage = {
  id: 'lint',
  kind: 'check',
  parallel: true,
  title: ctx => {
    const v = ctx.config.lint.version
    return `golangci-lint ${v.kind === 'path' ? '(from PATH)' : `v${v.version}`}`
  },
  async run(ctx) {
    const { binary, version } = await install(ctx)
    const newFrom = await newIssuesBase(ctx)
    const args = [
      'run',
      '--output.json.path=stdout',
      '--path-mode=abs',
      '--show-stats=false',
      ...(newFrom ? [`--new-from-rev=${newFrom}`] : []),
      ...ctx.config.lint.args,
      './...',
    ]
    const env = { GOLANGCI_LINT_CACHE: lintCacheDir(ctx) }
    const issues: Located[] = []
    for (const mod of await modules(ctx)) {
      const r = await ctx.host.exec.run(binary, args, { cwd: mod.dir, env, silent: true })
      if (r.code !== 0 && r.code !== 1) {
        throw new UserError(`golangci-lint failed in ${mod.rel} (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-8).join('\n')}`)
      }
      let found
      try {
        found = parseLintJson(r.stdout)
      } catch (error) {
        throw new UserError(`golangci-lint printed output go-pipeline cannot read (${errorMessage(error)}): ${r.stdout.slice(0, 200)}`)
      }
      issues.push(...found.map(f => ({ ...f, file: relative(ctx, f.file) })))
      if (r.stderr.trim() !== '') ctx.host.log.info(r.stderr.trim())
    }
    ctx.facts.lint = { version, issues, ...(newFrom ? { newFrom } : {}) }
    for (const i of issues) ctx.host.log.info(`${i.file}:${i.line}${i.col ? `:${i.col}` : ''}: ${i.message} (${i.source ?? 'golangci-lint'})`)
    annotate(ctx, issues, f => `golangci-lint${f.source ? ` (${f.source})` : ''}`)
    if (issues.length > 0) throw new UserError(`golangci-lint found ${plural(issues.length, 'issue')}`)
    return `golangci-lint ${version}: no issues${newFrom ? ` new since ${newFrom.slice(0, 12)}` : ''}`
  },
}

async function install(ctx: Context): Promise<{ binary: string; version: string }> {
  const { host } = ctx
  const exe = host.platform === 'win32' ? 'golangci-lint.exe' : 'golangci-lint'
  const wanted = ctx.config.lint.version
  if (wanted.kind === 'path') {
    const binary = await host.files.which('golangci-lint')
    if (binary === undefined) {
      throw new UserError('golangci-lint-version is "path", but there is no golangci-lint on PATH')
    }
    const r = await host.exec.run(binary, ['version'], { silent: true })
    return { binary, version: /version v?(\S+)/.exec(r.stdout)?.[1] ?? 'unknown' }
  }
  const { version } = wanted
  const platform = hostPlatform(host.platform, host.arch)
  const stored = await host.tools.find('golangci-lint', version, platform.nodeArch)
  if (stored) {
    host.log.info(`golangci-lint ${version} from the tool cache`)
    return { binary: path.join(stored.dir, exe), version }
  }
  const asset = lintAsset(version, platform.os, platform.arch)
  const base = `${ctx.config.lint.baseUrl}/v${version}`
  const sums = await download(ctx, `${base}/${asset.checksums}`)
  const expected = parseChecksums((await host.files.readText(sums)) ?? '').get(asset.archive)
  await host.files.remove(sums)
  if (expected === undefined) {
    throw new UserError(`${base}/${asset.checksums} lists no checksum for ${asset.archive}`)
  }
  const archive = await downloadVerified(ctx, `${base}/${asset.archive}`, asset.archive, expected, asset.checksums)
  const extracted = await host.downloader.extract(archive, asset.format)
  await host.files.remove(archive)
  const dir = await host.tools.add(path.join(extracted, asset.folder), 'golangci-lint', version, platform.nodeArch)
  return { binary: path.join(dir, exe), version }
}

/** The commit to report new issues from: the PR's base, when only-new-issues is on and it is checked out. */
async function newIssuesBase(ctx: Context): Promise<string | undefined> {
  if (!ctx.config.lint.onlyNewIssues) return undefined
  const { eventName, baseSha } = ctx.run
  if (!eventName.startsWith('pull_request')) {
    ctx.host.log.info(`only-new-issues applies to pull requests; this is a ${eventName} run, so every issue is reported`)
    return undefined
  }
  if (baseSha === undefined) {
    ctx.host.log.warning('only-new-issues: the event has no pull_request.base.sha; reporting every issue')
    return undefined
  }
  const r = await ctx.host.exec.run('git', ['cat-file', '-e', `${baseSha}^{commit}`], { cwd: ctx.config.workspace, silent: true })
  if (r.code !== 0) {
    ctx.host.log.warning(
      `only-new-issues: the base commit ${baseSha} is not in this checkout; reporting every issue. ` +
        'Check out with fetch-depth: 0 so that it is.',
    )
    return undefined
  }
  return baseSha
}
