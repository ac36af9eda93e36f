/**
 * What `go-pipeline init` learns from a repository before writing anything: its modules (go.work or
 * every go.mod), main packages, Go version, GitHub owner/repo and default branch, and the files it
 * would otherwise write (an existing Dockerfile, golangci-lint config, workflows).
 */
import * as path from 'node:path'
import { UserError } from '../errors.js'
import { goWorkUses, modulePath } from '../go/modules.js'
import { versionFromFile } from '../go/versionfile.js'

/** The file access init needs (src/ports/node-files.ts on a machine; a map in unit tests). */
export interface RepoReader {
  readText(file: string): Promise<string | undefined>
  /** Files below root whose name matches, skipping vendor, testdata and dot folders. */
  walk(root: string, match: (name: string) => boolean): Promise<string[]>
  /** File names in one folder ([] when it does not exist). */
  list(dir: string): Promise<string[]>
  /** `git <args>` in the repository: stdout, or undefined when git fails. */
  git(args: readonly string[]): Promise<string | undefined>
}

export interface MainPackage {
  /** Module folder, repository-relative ('.' for the root). */
  readonly module: string
  /** ./cmd/app, relative to its module. */
  readonly pkg: string
  /** The binary's name (the build stage's rule: the folder's name; the module path's last element at its root). */
  readonly name: string
}

export interface RepoFacts {
  readonly layout: 'module' | 'workspace'
  readonly modules: ReadonlyArray<{ readonly rel: string; readonly path: string }>
  /** major.minor of the go line of go.work or go.mod, e.g. 1.26 */
  readonly goVersion: string
  readonly goVersionFile: 'go.mod' | 'go.work'
  readonly mains: readonly MainPackage[]
  readonly owner?: string
  readonly repo?: string
  readonly defaultBranch: string
  /** Repository-relative path → content, for every file init may write or must respect. */
  readonly existing: ReadonlyMap<string, string>
  /** Workflow file names already in .github/workflows. */
  readonly workflows: readonly string[]
}

/** owner/repo from a GitHub remote URL (https, ssh or scp-like), or undefined. */
export function githubRepo(url: string): { owner: string; repo: string } | undefined {
  const m = /github\.com[:/]+([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.trim())
  return m?.[1] && m[2] ? { owner: m[1], repo: m[2] } : undefined
}

/** The files init may write, or whose presence changes what it writes. */
export const WATCHED = ['Dockerfile', '.dockerignore', '.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json', '.github/dependabot.yml', '.github/dependabot.yaml']

export async function inspectRepo(root: string, reader: RepoReader): Promise<RepoFacts> {
  const work = await reader.readText(path.join(root, 'go.work'))
  const rootMod = await reader.readText(path.join(root, 'go.mod'))
  if (work === undefined && rootMod === undefined) {
    throw new UserError(`${root} is not a Go repository: there is no go.mod or go.work at its root. Run go-pipeline init in the folder that holds them (or run go mod init first).`)
  }
  const versionSource = work !== undefined ? 'go.work' : 'go.mod'
  const found = versionFromFile(versionSource, (work ?? rootMod) as string)
  const m = /^(\d+)\.(\d+)/.exec(found?.version ?? '')
  if (!m) throw new UserError(`${versionSource} has no go line (such as go 1.26.0); add one so the workflows know which Go to test with`)
  const goVersion = `${m[1]}.${m[2]}`

  const dirs = work !== undefined ? goWorkUses(work).map(u => path.resolve(root, u)) : (await reader.walk(root, n => n === 'go.mod')).map(f => path.dirname(f))
  const modules: Array<{ rel: string; path: string; dir: string }> = []
  for (const dir of dirs) {
    const mod = await reader.readText(path.join(dir, 'go.mod'))
    const modPath = mod === undefined ? undefined : modulePath(mod)
    const rel = path.relative(root, dir).split(path.sep).join('/') || '.'
    if (modPath === undefined) throw new UserError(`${rel}/go.mod: missing, or without a module line${work !== undefined ? ' (listed in go.work)' : ''}`)
    modules.push({ rel, path: modPath, dir })
  }

  const mains: MainPackage[] = []
  const goFiles = await reader.walk(root, n => n.endsWith('.go') && !n.endsWith('_test.go'))
  const mainDirs = new Set<string>()
  for (const file of goFiles) {
    const dir = path.dirname(file)
    if (mainDirs.has(dir)) continue
    const text = await reader.readText(file)
    if (text !== undefined && /^package main\s*$/m.test(text)) mainDirs.add(dir)
  }
  for (const dir of [...mainDirs].sort()) {
    // The innermost module holding the folder.
    const owner = modules.filter(mod => dir === mod.dir || dir.startsWith(mod.dir + path.sep)).sort((a, b) => b.dir.length - a.dir.length)[0]
    if (owner === undefined) continue
    const sub = path.relative(owner.dir, dir).split(path.sep).join('/')
    const name = sub === '' ? (owner.path.split('/').pop() ?? 'app') : path.basename(dir)
    mains.push({ module: owner.rel, pkg: sub === '' ? '.' : `./${sub}`, name })
  }

  const remote = await reader.git(['config', '--get', 'remote.origin.url'])
  const gh = remote ? githubRepo(remote) : undefined
  const originHead = await reader.git(['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'])
  const current = await reader.git(['symbolic-ref', '--short', 'HEAD'])
  const defaultBranch = originHead?.replace(/^origin\//, '') || current || 'main'

  const workflows = (await reader.list(path.join(root, '.github', 'workflows'))).filter(n => /\.ya?ml$/.test(n)).sort()
  const existing = new Map<string, string>()
  for (const rel of [...WATCHED, ...workflows.map(w => `.github/workflows/${w}`)]) {
    const text = await reader.readText(path.join(root, rel))
    if (text !== undefined) existing.set(rel, text)
  }
  return {
    layout: work !== undefined ? 'workspace' : 'module',
    modules: modules.map(({ rel, path: p }) => ({ rel, path: p })),
    goVersion,
    goVersionFile: versionSource,
    mains,
    ...(gh ? { owner: gh.owner, repo: gh.repo } : {}),
    defaultBranch,
    existing,
    workflows,
  }
}
