/**
 * cmd/covdata in the Go installation's tool folder, built with the checks' flags, before `go test` needs it.
 *
 * `go test -coverprofile` runs `go tool covdata` for every package without test files (it reports them
 * at 0% in the profile). Go no longer ships that tool prebuilt (GOTOOLDIR has compile, link, vet, … but
 * not covdata): the nested `go tool` builds it, with Go's defaults whatever GOFLAGS says (`go tool`
 * takes no build flags), so on a cold build cache it compiles the standard library packages it needs a
 * second time, for it alone. Measured on the example service (two packages without tests), empty cache,
 * after the checks' compile: `go test -race -coverprofile ./...` 29.2–31.1 s; with covdata built here
 * first, 0.8 s + 21.3–23.3 s. `go build -o` with the checks' environment links against what they
 * compiled; `go tool` then finds the program in GOTOOLDIR and runs it.
 *
 * On a warm cache not even the link is left: since Go 1.24 `go run` keeps the programs it links in
 * the build cache (a `<hash>-d` folder), and `go run -exec '<go> version' cmd/covdata` hands the
 * program to `go version`, which prints its path. On the heavy fixture's warm cache 0.05 s, where
 * `go build -o` links again (0.23 s). A cold cache's first `go run` runs the program from a temporary
 * folder, gone when it ends; a second one (a hit) names the cached program. Older Go (no executable
 * cache), a path with a quote (go splits `-exec` at spaces, honouring quotes): `go build -o`.
 *
 * Only in the action, only into a Go that setup installed or found in the tool cache (never a
 * developer's own Go on PATH), and only when a package has no test files. It never fails the run: when
 * it cannot build or place the program, go test builds it itself as before.
 */
import * as path from 'node:path'
import * as semver from 'semver'
import { errorMessage } from '../errors.js'
import { isWithin } from '../paths.js'
import { requireGo, type Context } from '../pipeline/context.js'
import { lastLines } from '../text.js'
import { checksEnv } from './check-flags.js'
import { goTool, modules } from './common.js'

/** Builds cmd/covdata into GOTOOLDIR when it is not there; a line for the log, or undefined when nothing was to do. */
export async function provideCovdata(ctx: Context): Promise<string | undefined> {
  const go = requireGo(ctx)
  const toolDir = go.env.GOTOOLDIR
  if (ctx.host.kind !== 'github' || go.source === 'path' || !toolDir) return undefined
  const target = path.join(toolDir, `covdata${go.env.GOEXE ?? ''}`)
  if ((await ctx.host.files.kind(target)) !== undefined || !(await someFolderWithoutTests(ctx))) return undefined
  const started = ctx.host.clock.now()
  let scratch: string | undefined
  try {
    // Built next to its place and renamed there: a go command that looks meanwhile finds all of it or nothing.
    scratch = await ctx.host.files.makeTempDir(toolDir, '.covdata-')
    const built = path.join(scratch, path.basename(target))
    const run = { cwd: path.join(go.goroot, 'src'), env: { ...(await checksEnv(ctx)), GOWORK: 'off' }, silent: true }
    const cached = await cachedProgram(ctx, run)
    if (cached !== undefined) {
      await ctx.host.files.copy(cached, built)
    } else {
      const r = await ctx.host.exec.run(goTool(ctx, go.goroot, 'go'), ['build', '-o', built, 'cmd/covdata'], run)
      if (r.code !== 0) return `go tool covdata: not built ahead (go build exit ${r.code}: ${lastLines(r.stderr, 2)}); go test builds it`
    }
    await ctx.host.files.move(built, target)
    const how = cached !== undefined ? "linked with the checks' flags, from the build cache" : "built with the checks' flags"
    return `go tool covdata: ${how} into ${toolDir} (${((ctx.host.clock.now() - started) / 1000).toFixed(2)} s)`
  } catch (e) {
    return `go tool covdata: not built ahead (${errorMessage(e)}); go test builds it`
  } finally {
    if (scratch !== undefined) await ctx.host.files.remove(scratch).catch(() => undefined)
  }
}

/** cmd/covdata as linked into the build cache by `go run` (see the top), or undefined when Go does not keep it there. */
async function cachedProgram(ctx: Context, run: { cwd: string; env: Record<string, string>; silent: boolean }): Promise<string | undefined> {
  const go = requireGo(ctx)
  const gocache = go.env.GOCACHE
  const goBin = goTool(ctx, go.goroot, 'go')
  if (!gocache || goBin.includes("'") || semver.lt(semver.coerce(go.version) ?? '0.0.0', '1.24.0')) return undefined
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = await ctx.host.exec.run(goBin, ['run', '-exec', `'${goBin}' version`, 'cmd/covdata'], run)
    if (r.code !== 0) return undefined
    // `<program>: go1.x`
    const line = r.stdout.trim().split('\n').pop() ?? ''
    const program = line.slice(0, line.lastIndexOf(': '))
    if (program !== '' && isWithin(gocache, program)) return program
  }
  return undefined
}

/**
 * Whether a folder of the modules has Go files and no test file: a package go test reports through
 * covdata. Read from the file names (build constraints aside): a wrong guess only costs a link, or
 * leaves the tool to go test as before.
 */
async function someFolderWithoutTests(ctx: Context): Promise<boolean> {
  const withFiles = new Set<string>()
  const withTests = new Set<string>()
  for (const mod of await modules(ctx)) {
    for (const file of await ctx.host.files.walk(mod.dir, name => name.endsWith('.go'))) {
      if (file.endsWith('_test.go')) withTests.add(path.dirname(file))
      else withFiles.add(path.dirname(file))
    }
  }
  return [...withFiles].some(dir => !withTests.has(dir))
}
