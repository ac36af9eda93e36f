/**
 * docker buildx as data: the argv of a build, the generated Dockerfile, and readers for what buildx
 * prints (`buildx inspect`, the metadata file). No process is started here.
 */

/** Where each platform's binary sits in the build context (and in the `binaries` named context). */
export function contextPath(platform: string, binary: string): string {
  return `${platform}/${binary}`
}

/**
 * The Dockerfile written when the repository has none: the tested binary for $TARGETPLATFORM copied
 * onto the base, as a non-root user. Nothing runs in the build, so no platform needs emulation.
 */
export function generatedDockerfile(base: string, binary: string): string {
  return [
    '# Written by go-pipeline. The binaries were built and tested before this build: it only copies them.',
    `FROM ${base}`,
    'ARG TARGETPLATFORM',
    `COPY \${TARGETPLATFORM}/${binary} /usr/local/bin/${binary}`,
    'USER 65532:65532',
    `ENTRYPOINT ["/usr/local/bin/${binary}"]`,
    '',
  ].join('\n')
}

export interface BuildPlan {
  readonly builder: string
  readonly platforms: readonly string[]
  readonly dockerfile: string
  /** The main context: the staged binaries, or the working directory for the user's Dockerfile. */
  readonly context: string
  /** Set for the user's Dockerfile: the staged binaries as the named context `binaries`. */
  readonly binariesContext?: string
  readonly refs: readonly string[]
  readonly labels: Readonly<Record<string, string>>
  readonly buildArgs: Readonly<Record<string, string>>
  readonly push: boolean
  /** false, true, mode=min or mode=max */
  readonly provenance: string
  readonly sbom: boolean
  readonly metadataFile: string
}

/** The documented build args every build gets. */
export const BUILD_ARGS = ['BINARY', 'VERSION', 'COMMIT', 'DATE', 'SOURCE_DATE_EPOCH'] as const

export function buildArgv(p: BuildPlan): string[] {
  const argv = ['buildx', 'build', '--builder', p.builder, '--progress', 'plain', '--platform', p.platforms.join(','), '--file', p.dockerfile]
  for (const ref of p.refs) argv.push('--tag', ref)
  for (const [k, v] of Object.entries(p.labels)) argv.push('--label', `${k}=${v}`)
  for (const [k, v] of Object.entries(p.buildArgs)) argv.push('--build-arg', `${k}=${v}`)
  if (p.binariesContext !== undefined) argv.push('--build-context', `binaries=${p.binariesContext}`)
  argv.push(`--provenance=${p.provenance}`, `--sbom=${p.sbom}`)
  argv.push('--output', `type=image,push=${p.push}`)
  argv.push('--metadata-file', p.metadataFile)
  argv.push(p.context)
  return argv
}

export interface BuilderInfo {
  readonly name: string
  readonly driver: string
  readonly status: string
  readonly platforms: readonly string[]
  /** What buildx says is wrong with it (it prints this with exit 0 when the Docker engine is missing). */
  readonly error?: string
}

/** Reads `docker buildx inspect [--bootstrap]` output. */
export function parseInspect(text: string): BuilderInfo | undefined {
  const field = (label: string): string | undefined => new RegExp(`^${label}:[ \\t]*(.*)$`, 'm').exec(text)?.[1]?.trim()
  const name = field('Name')
  const driver = field('Driver')
  if (name === undefined || driver === undefined) return undefined
  const platforms = (field('Platforms') ?? '')
    .split(',')
    .map(p => p.trim().replace(/\*$/, ''))
    .filter(Boolean)
  const error = field('Error')
  return { name, driver, status: field('Status') ?? 'unknown', platforms, ...(error ? { error } : {}) }
}

/** The image digest buildx wrote to --metadata-file, or undefined. */
export function digestFromMetadata(text: string): string | undefined {
  try {
    const m = JSON.parse(text) as Record<string, unknown>
    const d = m['containerimage.digest']
    return typeof d === 'string' && /^sha256:[0-9a-f]{64}$/.test(d) ? d : undefined
  } catch {
    return undefined
  }
}

/** The first lines of buildx's output that say what went wrong (for the failure message). */
export function buildxError(stderr: string): string {
  const lines = stderr.split('\n').map(l => l.trim())
  const errors = lines.filter(l => /^(ERROR|error)[: ]/.test(l) || /failed to|unauthorized|denied|not found/i.test(l))
  return (errors.length > 0 ? errors : lines.filter(Boolean).slice(-3)).slice(0, 5).join('\n')
}
