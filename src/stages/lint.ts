/**
 * lint: golangci-lint v2. Installed from the release archive at golangci-lint-base-url with its sha256
 * verified against the release's checksums file (golangci-lint-action doesn't), kept in the tool
 * cache; or the one on PATH with `golangci-lint-version: path` (the CLI also takes one on PATH when its
 * version is the one asked for). Config is auto-detected by golangci-lint itself. Every issue becomes
 * an annotation at its file and line.
 *
 * Isolation: golangci-lint takes a lock file in the temporary folder, so two jobs of one self-hosted
 * host fail with "parallel golangci-lint is running". Each run gets its own TMPDIR (below the job's
 * temporary folder): its lock and temporary files are its own, and its cache stays shared and safe
 * (golangci-lint's cache is Go's, built for concurrent use).
 */
import * as path from 'node:path'
import { errorMessage, UserError } from '../errors.js'
import { git } from '../git.js'
import { parseChecksums, parseLintJson, lintAsset } from '../go/golangci.js'
import { excludeHint } from '../go/modules.js'
import { hostPlatform } from '../go/platform.js'
import type { Context, Located } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { lastLines, plural } from '../text.js'
import { checksEnv } from './check-flags.js'
import { annotate, lintCacheDir, modules, relative } from './common.js'
import { download, downloadVerified } from './download.js'

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
      // Every issue: go-pipeline chooses what to annotate and lists the rest (golangci-lint's own defaults hide
      // all but 3 issues of one text and 50 per linter). golangci-lint-args come after, so they can set these.
      '--max-issues-per-linter=0',
      '--max-same-issues=0',
      ...(newFrom ? [`--new-from-rev=${newFrom}`] : []),
      ...ctx.config.lint.args,
      './...',
    ]
    const tmp = await ctx.host.files.makeTempDir(ctx.host.tempDir, 'golangci-lint-')
    ctx.host.cleanups.register({ kind: 'remove', path: tmp })
    // golangci-lint's go list compiles the packages it type-checks against: with the checks' flags.
    const env = { ...(await checksEnv(ctx)), GOLANGCI_LINT_CACHE: lintCacheDir(ctx), TMPDIR: tmp, TMP: tmp, TEMP: tmp }
    const issues: Located[] = []
    const broken: string[] = []
    for (const mod of await modules(ctx)) {
      const r = await ctx.host.exec.run(binary, args, { cwd: mod.dir, env, silent: true })
      if (r.code !== 0 && r.code !== 1 && /no go files to analyze/i.test(r.stderr)) {
        // As `go vet ./...` on a module without packages: nothing to check, not a failure.
        ctx.host.log.info(`${mod.repoRel}: no Go files to lint`)
        continue
      }
      if (r.code !== 0 && r.code !== 1) {
        const why = lastLines(r.stderr, 8, '\n')
        broken.push(`golangci-lint failed in ${mod.repoRel} (exit ${r.code}): ${why}; ${excludeHint(mod.rel)}`)
        ctx.host.log.error(`golangci-lint failed in module ${mod.repoRel} (exit ${r.code}): ${why}`, {
          title: 'golangci-lint',
          file: relative(ctx, `${mod.dir}/go.mod`),
          line: 1,
        })
        continue
      }
      let found
      try {
        found = parseLintJson(r.stdout)
      } catch (error) {
        broken.push(`golangci-lint printed output go-pipeline cannot read in ${mod.repoRel} (${errorMessage(error)}): ${r.stdout.slice(0, 200)}`)
        continue
      }
      issues.push(...found.map(f => ({ ...f, file: relative(ctx, f.file) })))
      if (r.stderr.trim() !== '') ctx.host.log.info(r.stderr.trim())
    }
    ctx.facts.lint = { version, issues, ...(newFrom ? { newFrom } : {}) }
    annotate(ctx, issues, 'lint', f => `golangci-lint${f.source ? ` (${f.source})` : ''}`)
    const problems = [...(issues.length > 0 ? [`golangci-lint found ${plural(issues.length, 'issue')}`] : []), ...broken]
    if (problems.length > 0) throw new UserError(problems.join('; '))
    return `golangci-lint ${version}: no issues${newFrom ? ` new since ${newFrom.slice(0, 12)}` : ''}`
  },
}

async function versionOf(ctx: Context, binary: string): Promise<string | undefined> {
  const r = await ctx.host.exec.run(binary, ['version'], { silent: true, timeoutMs: 30_000 })
  return /version v?(\d+\.\d+\.\d+)/.exec(r.stdout + r.stderr)?.[1]
}

async function install(ctx: Context): Promise<{ binary: string; version: string }> {
  const { host } = ctx
  const exe = host.platform === 'win32' ? 'golangci-lint.exe' : 'golangci-lint'
  const wanted = ctx.config.lint.version
  const onPath = await host.files.which('golangci-lint')
  if (wanted.kind === 'path') {
    if (onPath === undefined) throw new UserError('golangci-lint-version is "path", but there is no golangci-lint on PATH')
    return { binary: onPath, version: (await versionOf(ctx, onPath)) ?? 'unknown' }
  }
  const { version } = wanted
  const platform = hostPlatform(host.platform, host.arch)
  const stored = await host.tools.find('golangci-lint', version, platform.nodeArch)
  if (stored) {
    host.log.info(`golangci-lint ${version} from the tool cache`)
    return { binary: path.join(stored.dir, exe), version }
  }
  // On a developer's machine, the golangci-lint on PATH when it is the version asked for.
  const pathVersion = host.kind === 'local' && onPath !== undefined ? await versionOf(ctx, onPath) : undefined
  if (onPath !== undefined && pathVersion === version) {
    host.log.info(`golangci-lint ${version} from PATH (${onPath})`)
    return { binary: onPath, version }
  }
  try {
    return await downloadRelease(ctx, version, exe)
  } catch (error) {
    if (host.kind !== 'local') throw error
    const hint =
      onPath !== undefined
        ? `the golangci-lint on PATH is ${pathVersion ?? 'of an unknown version'}: use it with --golangci-lint-version path`
        : 'install golangci-lint and run with --golangci-lint-version path'
    throw new UserError(`${errorMessage(error)}. Offline, ${hint}`)
  }
}

async function downloadRelease(ctx: Context, version: string, exe: string): Promise<{ binary: string; version: string }> {
  const { host } = ctx
  const platform = hostPlatform(host.platform, host.arch)
  const asset = lintAsset(version, platform.os, platform.arch)
  const base = `${ctx.config.lint.baseUrl}/v${version}`
  const sums = await download(ctx, `${base}/${asset.checksums}`)
  const expected = parseChecksums((await host.files.readText(sums)) ?? '').get(asset.archive)
  await host.files.remove(sums)
  if (expected === undefined) {
    throw new UserError(`${base}/${asset.checksums} lists no checksum for ${asset.archive}`)
  }
  const archive = await downloadVerified(ctx, `${base}/${asset.archive}`, asset.archive, expected, asset.checksums)
  let extracted: string | undefined
  try {
    extracted = await host.downloader.extract(archive, asset.format)
    const dir = await host.tools.add(path.join(extracted, asset.folder), 'golangci-lint', version, platform.nodeArch)
    return { binary: path.join(dir, exe), version }
  } finally {
    await host.files.remove(archive)
    if (extracted !== undefined) await host.files.remove(extracted)
  }
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
  const present = await git(ctx.host.exec, ctx.config.workspace, ['cat-file', '-e', `${baseSha}^{commit}`])
  if (present === undefined) {
    ctx.host.log.warning(
      `only-new-issues: the base commit ${baseSha} is not in this checkout; reporting every issue. ` + 'Check out with fetch-depth: 0 so that it is.',
    )
    return undefined
  }
  return baseSha
}
