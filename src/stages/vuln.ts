/**
 * vuln: govulncheck in source mode on every module. It fails only for vulnerabilities whose vulnerable
 * symbols the code calls (govulncheck's own verdict); the ones only imported or required are listed as
 * notices in the summary. The repository's .govulncheck.yaml ignores a vulnerability with a reason until
 * a date: an expired entry stops ignoring and says so, an entry that matches nothing gets a warning.
 *
 * govulncheck has no release binaries: it is built with `go install golang.org/x/vuln/cmd/govulncheck@vX`
 * (pinned by govulncheck-version), which downloads through the Go module proxy and checks every module
 * against the checksum database (sum.golang.org, or the GOSUMDB the job sets), in a module cache of its
 * own (the user's stays as the project left it), and keeps the binary in the tool cache per govulncheck
 * version and Go version. It shares the job's Go build cache, so a restored cache makes the install a link.
 */
import * as path from 'node:path'
import { errorMessage, UserError } from '../errors.js'
import { excludeHint } from '../go/modules.js'
import { hostPlatform } from '../go/platform.js'
import { applyIgnores, callPath, callSite, IGNORE_FILE, parseGovulncheck, parseIgnoreFile, type FoundVuln, type Vuln } from '../go/vuln.js'
import { resolveInside } from '../paths.js'
import { requireGo, type Context } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { lastLines, plural } from '../text.js'
import { goTool, modules, relative } from './common.js'

export const vuln: Stage = {
  id: 'vuln',
  kind: 'check',
  parallel: true,
  title: ctx => `govulncheck v${ctx.config.vuln.version}`,
  async run(ctx) {
    const go = requireGo(ctx)
    const ignores = await readIgnores(ctx)
    const binary = await install(ctx, go.goroot, go.version)
    const db = ctx.config.vuln.db
    const today = new Date(ctx.host.clock.now()).toISOString().slice(0, 10)
    const found: FoundVuln[] = []
    const all: Vuln[] = []
    const broken: string[] = []
    for (const mod of await modules(ctx)) {
      const r = await ctx.host.exec.run(binary, ['-db', db, '-format', 'json', './...'], { cwd: mod.dir, silent: true })
      if (r.code !== 0) {
        const why = lastLines(r.stderr, 6)
        const message = `govulncheck failed in ${mod.repoRel} (exit ${r.code}): ${why}${mod.rel === '.' ? '' : `; ${excludeHint(mod.rel)}`}`
        broken.push(message)
        ctx.host.log.error(message, { title: 'govulncheck', file: relative(ctx, `${mod.dir}/go.mod`), line: 1 })
        continue
      }
      let parsed: ReturnType<typeof parseGovulncheck>
      try {
        parsed = parseGovulncheck(r.stdout)
      } catch (error) {
        broken.push(`govulncheck printed output go-pipeline cannot read in ${mod.repoRel} (${errorMessage(error)})`)
        continue
      }
      all.push(...parsed.vulns)
      for (const v of parsed.vulns) {
        const trace = v.traces[0]
        const site = trace ? callSite(trace, mod.path) : undefined
        found.push({
          id: v.id,
          summary: v.summary,
          level: v.level,
          module: v.module,
          found: v.found,
          fixed: v.fixed,
          in: mod.repoRel,
          ...(trace && v.level === 'called' ? { path: callPath(trace) } : {}),
          ...(site?.frame.position
            ? {
                site: {
                  file: relative(ctx, path.join(mod.dir, site.frame.position.filename)),
                  line: site.frame.position.line,
                  col: site.frame.position.column,
                },
              }
            : {}),
        })
      }
    }
    const verdicts = applyIgnores(ignores.entries, all, today)
    const active = new Map(verdicts.filter(v => v.state === 'active').flatMap(v => v.matched.map(id => [id, v.entry] as const)))
    const results = found.map(f => {
      const entry = active.get(f.id)
      return entry ? { ...f, ignored: { reason: entry.reason, until: entry.until } } : f
    })
    ctx.facts.vuln = { version: ctx.config.vuln.version, db, found: results, ignores: verdicts, ...(ignores.file ? { ignoreFile: ignores.file } : {}) }

    for (const v of verdicts) {
      const at = ignores.file ? { title: 'govulncheck ignore', file: ignores.file, line: v.entry.line } : { title: 'govulncheck ignore' }
      if (v.state === 'expired') {
        ctx.host.log.warning(
          `The ignore entry for ${v.entry.id} expired on ${v.entry.until}: ${v.entry.id} counts again. Fix it, or renew the entry with a new until.`,
          at,
        )
      } else if (v.state === 'unused') {
        ctx.host.log.warning(`The ignore entry for ${v.entry.id} matches no vulnerability govulncheck found: remove it.`, at)
      } else {
        ctx.host.log.info(`Ignoring ${v.entry.id} until ${v.entry.until}: ${v.entry.reason}`)
      }
    }
    const failing = results.filter(f => f.level === 'called' && f.ignored === undefined)
    for (const f of failing) {
      const fix = f.fixed ? `upgrade to ${f.module}@${f.fixed}` : 'no fixed version yet'
      const message = `${f.id}: ${f.summary}. Uses ${f.module}@${f.found} (${fix}); ${f.path ? `call path: ${f.path}` : 'called'}. https://pkg.go.dev/vuln/${f.id}`
      ctx.host.log.error(
        message,
        f.site
          ? { title: `govulncheck ${f.id}`, ...f.site }
          : { title: `govulncheck ${f.id}`, file: relative(ctx, path.join(ctx.config.workingDirectory, f.in, 'go.mod')), line: 1 },
      )
    }
    const notices = results.filter(f => f.level !== 'called')
    for (const f of notices)
      ctx.host.log.info(
        `${f.id} (${f.module}@${f.found}) is ${f.level === 'imported' ? 'imported' : 'required'} by ${f.in}, but no vulnerable symbol is called: not a failure.`,
      )

    const problems = [
      ...(failing.length > 0
        ? [
            `${plural(new Set(failing.map(f => f.id)).size, 'vulnerability', 'vulnerabilities')} reachable from the code: ${[...new Set(failing.map(f => f.id))].join(', ')}`,
          ]
        : []),
      ...broken,
    ]
    if (problems.length > 0) throw new UserError(problems.join('; '))
    const ignored = results.filter(f => f.ignored).length
    const parts = [
      'no reachable vulnerability',
      ...(notices.length > 0 ? [`${plural(notices.length, 'notice')} (imported, not called)`] : []),
      ...(ignored > 0 ? [`${ignored} ignored by ${IGNORE_FILE}`] : []),
    ]
    return parts.join('; ')
  },
}

/** The ignore file in the working directory, resolved inside the workspace; no file, no entries. */
async function readIgnores(ctx: Context): Promise<{ entries: ReturnType<typeof parseIgnoreFile>; file?: string }> {
  const where = await resolveInside(ctx.host.files, ctx.config.workspace, ctx.config.workingDirectory, IGNORE_FILE)
  if (!where.ok) throw new UserError(`${IGNORE_FILE} ${where.why}`)
  const text = await ctx.host.files.readText(where.path)
  if (text === undefined) return { entries: [] }
  const file = relative(ctx, where.path)
  try {
    return { entries: parseIgnoreFile(text, file), file }
  } catch (error) {
    ctx.host.log.error(errorMessage(error), { title: 'govulncheck ignore', file, line: 1 })
    throw new UserError(errorMessage(error))
  }
}

/** govulncheck of the pinned version, built by the job's Go: from the tool cache, else `go install`. */
async function install(ctx: Context, goroot: string, goVersion: string): Promise<string> {
  const { host } = ctx
  const version = ctx.config.vuln.version
  const exe = host.platform === 'win32' ? 'govulncheck.exe' : 'govulncheck'
  const arch = `go${goVersion}-${hostPlatform(host.platform, host.arch).nodeArch}`
  const stored = await host.tools.find('govulncheck', version, arch)
  if (stored) {
    host.log.info(`govulncheck v${version} (built with Go ${goVersion}) from the tool cache`)
    return path.join(stored.dir, exe)
  }
  const tmp = await host.files.makeTempDir(host.tempDir, 'govulncheck-')
  host.cleanups.register({ kind: 'remove', path: tmp })
  const bin = path.join(tmp, 'bin')
  // Only what makes the install pinned and verified: the job's GOPROXY and GOSUMDB stay (mirrors), the
  // settings that would skip verification or change the build (GOFLAGS, GOPRIVATE...) do not.
  const env = {
    GOBIN: bin,
    GOMODCACHE: path.join(tmp, 'mod'),
    GOFLAGS: '-modcacherw',
    GOWORK: 'off',
    GO111MODULE: 'on',
    GOTOOLCHAIN: 'local',
    GOPRIVATE: '',
    GONOSUMDB: '',
    GONOSUMCHECK: '',
    GOINSECURE: '',
    CGO_ENABLED: '0',
  }
  const go = goTool(ctx, goroot, 'go')
  const sumdb = (await host.exec.run(go, ['env', 'GOSUMDB'], { cwd: tmp, env, silent: true })).stdout.trim()
  if (sumdb === 'off') host.log.warning('GOSUMDB is off in this job: govulncheck is installed without checking the checksum database.')
  const started = host.clock.now()
  const r = await host.exec.run(go, ['install', `golang.org/x/vuln/cmd/govulncheck@v${version}`], { cwd: tmp, env, silent: true, timeoutMs: 15 * 60_000 })
  if (r.code !== 0) {
    const why = lastLines(r.stderr, 6)
    throw new UserError(
      `could not install govulncheck v${version} (go install golang.org/x/vuln/cmd/govulncheck@v${version}, exit ${r.code}): ${why}. Check govulncheck-version, and that the module proxy (GOPROXY) serves it.`,
    )
  }
  host.log.info(
    `Installed govulncheck v${version} with go install, verified against ${sumdb || 'the checksum database'} (${((host.clock.now() - started) / 1000).toFixed(1)} s)`,
  )
  const dir = await host.tools.add(bin, 'govulncheck', version, arch)
  return path.join(dir, exe)
}
