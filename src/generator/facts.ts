/**
 * What `go-pipeline init` learns from a repository before writing anything: its top level (where
 * .github lives) and the Go root below it, its modules (the action's own discovery: go.work, else every
 * go.mod), main packages and binary names (the build stage's rule: go list), Go version lines, the
 * GitHub owner/repo and default branch, and the files it would otherwise write or must respect.
 */
import * as path from 'node:path'
import * as semver from 'semver'
import { UserError } from '../errors.js'
import { git } from '../git.js'
import { listMainsArgs, parseMainsList } from '../go/mains.js'
import { discoverModules, type ModuleReader } from '../go/modules.js'
import { goToSemver } from '../go/version.js'
import { versionFromFile } from '../go/versionfile.js'
import { repoRelative } from '../paths.js'
import type { Exec } from '../ports/ports.js'

/** The file access init needs (node:fs on a machine; a map in unit tests). */
export interface RepoReader extends ModuleReader {
  /** File names in one folder ([] when it does not exist). */
  list(dir: string): Promise<string[]>
}

export interface MainInfo {
  /** Module folder, relative to the Go root ('.' for it). */
  readonly module: string
  /** ./cmd/app, relative to its module. */
  readonly pkg: string
  /** The binary's name (cmd/go's rule on the import path: example.com/app/v2 → app). */
  readonly name: string
}

export interface RepoFacts {
  /** The repository's top level, absolute: where .github/workflows is. */
  readonly root: string
  /** The Go root (the folder init was given), relative to the top level; '.' when it is the top level. */
  readonly workdir: string
  readonly layout: 'workspace' | 'modules'
  /** Modules: `rel` relative to the Go root, `repoRel` to the top level. */
  readonly modules: readonly { readonly rel: string; readonly repoRel: string; readonly path: string }[]
  /** major.minor of the go line (go.work's, else the root go.mod's, else the newest of the modules'). */
  readonly goVersion: string
  /** The file at the Go root the go line came from, if there is one. */
  readonly goVersionFile?: 'go.mod' | 'go.work'
  /** The toolchain line (exact Go, e.g. 1.26.8), when go.work or the root go.mod has one. */
  readonly toolchain?: string
  readonly mains: readonly MainInfo[]
  readonly owner?: string
  readonly repo?: string
  readonly defaultBranch: string
  /** The commit checked out (HEAD), when there is one. */
  readonly head?: string
  /** Top-level-relative path → content, for every file init may write or must respect. */
  readonly existing: ReadonlyMap<string, string>
  /** Workflow file names already in .github/workflows. */
  readonly workflows: readonly string[]
  /** The repository's goreleaser config, when it releases with goreleaser. */
  readonly goreleaser?: string
}

/** owner/repo from a GitHub remote URL (https, ssh or scp-like), or undefined. */
export function githubRepo(url: string): { owner: string; repo: string } | undefined {
  const m = /github\.com[:/]+([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim())
  return m?.[1] && m[2] ? { owner: m[1], repo: m[2] } : undefined
}

/** The files init may write, or whose presence changes what it writes (relative to the top level). */
export const WATCHED = [
  '.golangci.yml',
  '.golangci.yaml',
  '.golangci.toml',
  '.golangci.json',
  '.github/dependabot.yml',
  '.github/dependabot.yaml',
  '.goreleaser.yml',
  '.goreleaser.yaml',
  'Dockerfile',
]

function majorMinor(version: string | undefined): string | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '')
  return m ? `${m[1]}.${m[2]}` : undefined
}

export async function inspectRepo(dir: string, reader: RepoReader, exec: Exec): Promise<RepoFacts> {
  const top = await git(exec, dir, ['rev-parse', '--show-toplevel'])
  const root = top !== undefined && top !== '' ? path.resolve(top) : dir
  const workdir = repoRelative(root, dir)
  const found = await discoverModules(reader, dir)
  if (found.modules.length === 0) {
    throw new UserError(
      `${dir} is not a Go repository: there is no go.mod or go.work in it or below it. Run go-pipeline init in the folder that holds them (or run go mod init first).`,
    )
  }
  const work = await reader.readText(path.join(dir, 'go.work'))
  const rootMod = await reader.readText(path.join(dir, 'go.mod'))
  let goVersion: string | undefined
  let toolchain: string | undefined
  let goVersionFile: 'go.mod' | 'go.work' | undefined
  if (work !== undefined || rootMod !== undefined) {
    goVersionFile = work !== undefined ? 'go.work' : 'go.mod'
    const v = versionFromFile(goVersionFile, work ?? rootMod ?? '')
    goVersion = majorMinor(v?.goLine)
    if (v?.kind === 'toolchain') toolchain = v.version
  } else {
    // Modules side by side with no go.work: the newest go line, so that every module builds.
    const lines = await Promise.all(
      found.modules.map(async m => goToSemver(versionFromFile('go.mod', (await reader.readText(path.join(m.dir, 'go.mod'))) ?? '')?.goLine ?? '')),
    )
    const known = lines.filter((v): v is string => v !== undefined)
    goVersion = majorMinor(known.sort(semver.compare).pop())
  }
  if (goVersion === undefined)
    throw new UserError(`${goVersionFile ?? 'go.mod'} has no go line (such as go 1.26.0); add one so the workflows know which Go to test with`)

  const mains: MainInfo[] = []
  for (const mod of found.modules) {
    let r
    try {
      r = await exec.run('go', listMainsArgs(['./...']), { cwd: mod.dir, silent: true, env: { GOTOOLCHAIN: 'local' }, timeoutMs: 120_000 })
    } catch (error) {
      throw new UserError(`go-pipeline init lists main packages with the go command, which did not run: ${(error as Error).message}`)
    }
    if (r.code !== 0) throw new UserError(`go list ./... failed in ${mod.rel}: ${r.stderr.trim()}`)
    for (const m of parseMainsList(r.stdout, mod).mains) mains.push({ module: mod.rel, pkg: m.pkg, name: m.name })
  }

  const remote = await git(exec, root, ['config', '--get', 'remote.origin.url'])
  const gh = remote ? githubRepo(remote) : undefined
  const originHead = await git(exec, root, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'])
  const current = await git(exec, root, ['symbolic-ref', '--short', 'HEAD'])
  const defaultBranch = originHead?.replace(/^origin\//, '') || current || 'main'
  const head = await git(exec, root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])

  const workflows = (await reader.list(path.join(root, '.github', 'workflows'))).filter(n => /\.ya?ml$/.test(n)).sort()
  const existing = new Map<string, string>()
  for (const rel of [...WATCHED, ...workflows.map(w => `.github/workflows/${w}`)]) {
    const text = await reader.readText(path.join(root, rel))
    if (text !== undefined) existing.set(rel, text)
  }
  const goreleaser = ['.goreleaser.yml', '.goreleaser.yaml'].find(f => existing.has(f))
  return {
    root,
    workdir,
    layout: found.layout,
    modules: found.modules.map(m => ({ rel: m.rel, repoRel: repoRelative(root, m.dir), path: m.path })),
    goVersion,
    ...(goVersionFile ? { goVersionFile } : {}),
    ...(toolchain ? { toolchain } : {}),
    mains,
    ...(gh ? { owner: gh.owner, repo: gh.repo } : {}),
    defaultBranch,
    ...(head && /^[0-9a-f]{40}$/.test(head) ? { head } : {}),
    existing,
    workflows,
    ...(goreleaser ? { goreleaser } : {}),
  }
}
