/**
 * What the generated files are made from: the repository's facts and init's options, resolved once
 * into the choices every file shares (the program to ship, the Go to release with, the folders).
 */
import { INPUT_DEFAULTS } from '../config/inputs.js'
import { UserError } from '../errors.js'
import type { MainInfo, RepoFacts } from './facts.js'
import type { Scalar } from './model.js'
import type { ActionRef, InitOptions, TestOs } from './options.js'
import type { Pin } from './pins.js'

export interface Plan {
  readonly facts: RepoFacts
  readonly o: InitOptions
  readonly ref: ActionRef
  /** The canonical command that regenerates the files. */
  readonly command: string
  readonly action: Pin
  /** The program the image runs and ssh deploys; undefined for a library. */
  readonly program?: MainInfo
  /** A DNS-1123 name for Kubernetes objects and the chart. */
  readonly app: string
  /** The CI matrix's Go versions. */
  readonly versions: readonly string[]
  /** The Go a release builds with: a supported one (the toolchain line, else stable), never an old go line. */
  readonly releaseGo: Readonly<Record<string, Scalar>>
  /** The binaries folder, relative to the top level (what the build job uploads). */
  readonly outputDir: string
  /** The commit the generated lint config reports new issues from, when it does. */
  readonly lintSince?: string
  readonly notes: string[]
}

/** A DNS-1123 label for Kubernetes names. */
export function dnsName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63) || 'app'
  )
}

function chooseProgram(facts: RepoFacts, o: InitOptions): MainInfo | undefined {
  if (o.binary !== '') {
    const found = facts.mains.find(m => m.name === o.binary)
    if (found === undefined) {
      throw new UserError(
        `--binary ${o.binary}: no main package builds a binary of that name. Main packages: ${facts.mains.map(m => `${m.name} (${m.module}/${m.pkg.replace(/^\.\//, '')})`).join(', ') || 'none'}`,
      )
    }
    return found
  }
  return facts.mains.find(m => m.name === facts.repo) ?? facts.mains[0]
}

/** The platforms input, when not the action's default. */
export function platformsWith(p: Plan): Record<string, Scalar> {
  return p.o.platforms !== INPUT_DEFAULTS.platforms ? { platforms: p.o.platforms } : {}
}

/** The working-directory input, when the Go root is below the top level. */
export function workdirWith(p: Plan): Record<string, Scalar> {
  return p.facts.workdir !== '.' ? { 'working-directory': p.facts.workdir } : {}
}

/** The --build-os runners besides the build job's linux/amd64 (none for a library: it builds nothing). */
export function otherBuildOs(p: Plan): readonly TestOs[] {
  return p.facts.mains.length === 0 ? [] : p.o.buildOs.filter(os => os !== 'linux')
}

/** The job whose `binaries` artifact the publish, release and ssh deploy jobs download. */
export function binariesJob(p: Plan): string {
  return otherBuildOs(p).length > 0 ? 'gather' : 'build'
}

/** Inputs every go-pipeline step on a checkout that builds shares: the Go root below the top level, the platforms. */
export function commonWith(p: Plan): Record<string, Scalar> {
  return { ...workdirWith(p), ...platformsWith(p) }
}

export function makePlan(facts: RepoFacts, o: InitOptions, ref: ActionRef, command: string, lintSince: string | undefined): Plan {
  const notes: string[] = []
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(facts.defaultBranch)) {
    throw new UserError(
      `The default branch "${facts.defaultBranch}" has characters go-pipeline init does not write into a workflow; rename it or write the workflows by hand`,
    )
  }
  const program = chooseProgram(facts, o)
  if ((o.image !== undefined || o.deploy === 'ssh') && program === undefined) {
    throw new UserError(
      `${o.image ? '--image' : '--deploy ssh'} needs a program to ship, and the repository has no main package (a library: the generated workflows only check it)`,
    )
  }
  if (program !== undefined && facts.mains.length > 1 && o.binary === '' && (o.image || o.deploy !== 'none')) {
    notes.push(`Several main packages (${facts.mains.map(m => m.name).join(', ')}): the image and deploy use ${program.name}; choose another with --binary.`)
  }
  if (facts.mains.length === 0) notes.push('No main package (a library): the workflows check and test; they build no binary and release nothing.')
  if (facts.layout === 'modules' && facts.modules.length > 1) {
    notes.push(
      `${facts.modules.length} modules and no go.work: every workflow checks all of them (${facts.modules.map(m => m.rel).join(', ')}); set the modules input to choose.`,
    )
  }
  const versions = o.goVersions.length > 0 ? o.goVersions : [facts.goVersion, 'stable']
  const releaseGo: Record<string, Scalar> =
    facts.toolchain !== undefined && facts.goVersionFile !== undefined ? { 'go-version-file': facts.goVersionFile } : { 'go-version': 'stable' }
  if (facts.toolchain === undefined) {
    notes.push(
      `Releases build with the newest stable Go (the go line, ${facts.goVersion}, is a minimum for the module's users and is tested in ci.yml); add a toolchain line to go.mod to pin the release Go.`,
    )
  }
  const outputDir = facts.workdir === '.' ? 'dist' : `${facts.workdir}/dist`
  return {
    facts,
    o,
    ref,
    command,
    action: { repo: ref.repo, sha: ref.sha, version: ref.version ?? 'commit set by --action-ref' },
    ...(program ? { program } : {}),
    app: dnsName(program?.name ?? facts.repo ?? 'app'),
    versions,
    releaseGo,
    outputDir,
    ...(lintSince ? { lintSince } : {}),
    notes,
  }
}
