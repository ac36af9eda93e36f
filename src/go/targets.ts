/** Build targets: `os/arch[/variant]` specs, their env, folder names and the go build argv. Pure. */

/** `go tool dist list` of Go 1.26: the input is checked against it at once; the build stage re-checks with the installed Go. */
export const DIST_LIST: readonly string[] = [
  'aix/ppc64',
  'android/386',
  'android/amd64',
  'android/arm',
  'android/arm64',
  'darwin/amd64',
  'darwin/arm64',
  'dragonfly/amd64',
  'freebsd/386',
  'freebsd/amd64',
  'freebsd/arm',
  'freebsd/arm64',
  'illumos/amd64',
  'ios/amd64',
  'ios/arm64',
  'js/wasm',
  'linux/386',
  'linux/amd64',
  'linux/arm',
  'linux/arm64',
  'linux/loong64',
  'linux/mips',
  'linux/mips64',
  'linux/mips64le',
  'linux/mipsle',
  'linux/ppc64',
  'linux/ppc64le',
  'linux/riscv64',
  'linux/s390x',
  'netbsd/386',
  'netbsd/amd64',
  'netbsd/arm',
  'netbsd/arm64',
  'openbsd/386',
  'openbsd/amd64',
  'openbsd/arm',
  'openbsd/arm64',
  'openbsd/ppc64',
  'openbsd/riscv64',
  'plan9/386',
  'plan9/amd64',
  'plan9/arm',
  'solaris/amd64',
  'wasip1/wasm',
  'windows/386',
  'windows/amd64',
  'windows/arm64',
]

/** Variants (GOARM, GOAMD64) a platform may carry as a third part. */
const VARIANTS: Readonly<Record<string, { env: string; values: readonly string[] }>> = {
  arm: { env: 'GOARM', values: ['v5', 'v6', 'v7'] },
  amd64: { env: 'GOAMD64', values: ['v1', 'v2', 'v3', 'v4'] },
}

export interface Target {
  readonly os: string
  readonly arch: string
  readonly variant?: string
  /** `linux/arm/v7`: the spelling docker uses too. */
  readonly platform: string
  /** `linux_arm_v7`: the folder under the output directory. */
  readonly folder: string
  /** GOOS, GOARCH and GOARM/GOAMD64. */
  readonly env: Readonly<Record<string, string>>
}

/** Parses one spec; returns an error text (what is wrong) instead of throwing. */
export function parseTarget(spec: string, distList: readonly string[] = DIST_LIST): Target | string {
  const parts = spec.trim().toLowerCase().split('/')
  const [os, arch, variant] = parts
  if (parts.length < 2 || parts.length > 3 || !os || !arch) return `"${spec}" is not os/arch or os/arch/variant`
  if (!distList.includes(`${os}/${arch}`)) return `"${spec}" is not a platform Go can build for`
  const env: Record<string, string> = { GOOS: os, GOARCH: arch }
  if (variant !== undefined) {
    const v = VARIANTS[arch]
    if (v === undefined) return `"${spec}": ${arch} has no variants`
    if (!v.values.includes(variant)) return `"${spec}": ${arch} variants are ${v.values.join(', ')}`
    env[v.env] = arch === 'arm' ? variant.slice(1) : variant
  }
  const platform = [os, arch, variant].filter(Boolean).join('/')
  return { os, arch, ...(variant ? { variant } : {}), platform, folder: platform.replace(/\//g, '_'), env }
}

export interface BuildMetadata {
  readonly version: string
  readonly commit: string
  /** RFC 3339, UTC: the commit's time, so that a rebuild is byte-identical. */
  readonly date: string
}

/** `-s -w -X <pkg>.version=… -X <pkg>.commit=… -X <pkg>.date=…` plus the user's extra flags. */
export function ldflags(pkg: string, meta: BuildMetadata, extra: string): string {
  const x = (name: string, value: string): string => `-X ${pkg}.${name}=${value}`
  return ['-s', '-w', x('version', meta.version), x('commit', meta.commit), x('date', meta.date), extra.trim()].filter(s => s !== '').join(' ')
}

/**
 * The compiler flags the build adds: no DWARF. Every binary is linked with -s -w, which throws away the
 * debug information the compiler writes for each package; not writing it saves that work and a quarter
 * of the build cache (measured on the heavy fixture, empty cache, the checks' compile and four
 * platforms' builds: 12.4 s + 30.2 s and 317 MB; with -dwarf=false 11.0 s + 26.8 s and 234 MB). The
 * binaries are the same programs (go version -m lists the flag). None when GOFLAGS sets -gcflags: a
 * -gcflags on the command line would replace the user's.
 */
export function buildGcflags(goflags: string | undefined): string[] {
  return (goflags ?? '').split(/\s+/).some(f => /^--?gcflags(=|$)/.test(f)) ? [] : ['-gcflags=all=-dwarf=false']
}

export function buildArgs(output: string, ldflagsValue: string, pkg: string, gcflags: readonly string[] = []): string[] {
  return ['build', '-trimpath', ...gcflags, `-ldflags=${ldflagsValue}`, '-o', output, pkg]
}

/** The binary's file name: `.exe` on Windows, `.wasm` for wasm. */
export function binaryFile(name: string, target: Pick<Target, 'os' | 'arch'>): string {
  if (target.os === 'windows') return `${name}.exe`
  if (target.arch === 'wasm') return `${name}.wasm`
  return name
}

/**
 * The version when none is given: the tag on HEAD, else a Go pseudo-version from the commit
 * (`v1.2.4-0.20261121063000-abcdef123456` after tag v1.2.3, `v0.0.0-20261121063000-abcdef123456` with none).
 */
export function pseudoVersion(commit: string, commitTimeUtc: Date, latestTag: string | undefined): string {
  const ts = commitTimeUtc.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  const short = commit.slice(0, 12)
  const m = latestTag ? /^v(\d+)\.(\d+)\.(\d+)$/.exec(latestTag) : null
  if (m) return `v${m[1]}.${m[2]}.${Number(m[3]) + 1}-0.${ts}-${short}`
  return `v0.0.0-${ts}-${short}`
}

/**
 * The C cross-compilers Debian and Ubuntu package for a target (gcc-aarch64-linux-gnu, gcc-mingw-w64-x86-64, …),
 * by the program name each installs: what cgo needs to build for another platform than the host's.
 */
const CROSS_CC: Readonly<Record<string, { cc: string; pkg: string }>> = {
  'linux/amd64': { cc: 'x86_64-linux-gnu-gcc', pkg: 'gcc-x86-64-linux-gnu' },
  'linux/arm64': { cc: 'aarch64-linux-gnu-gcc', pkg: 'gcc-aarch64-linux-gnu' },
  'linux/arm': { cc: 'arm-linux-gnueabihf-gcc', pkg: 'gcc-arm-linux-gnueabihf' },
  'linux/386': { cc: 'i686-linux-gnu-gcc', pkg: 'gcc-i686-linux-gnu' },
  'linux/ppc64le': { cc: 'powerpc64le-linux-gnu-gcc', pkg: 'gcc-powerpc64le-linux-gnu' },
  'linux/s390x': { cc: 's390x-linux-gnu-gcc', pkg: 'gcc-s390x-linux-gnu' },
  'linux/riscv64': { cc: 'riscv64-linux-gnu-gcc', pkg: 'gcc-riscv64-linux-gnu' },
  'windows/amd64': { cc: 'x86_64-w64-mingw32-gcc', pkg: 'gcc-mingw-w64-x86-64' },
  'windows/386': { cc: 'i686-w64-mingw32-gcc', pkg: 'gcc-mingw-w64-i686' },
}

/**
 * The C cross-compiler cgo needs to build `target` on a `hostOs`/`hostArch` machine: undefined when the
 * target is the host's own platform (the default compiler serves), else the program name and the Debian
 * package that installs it (undefined when no packaged cross-compiler is known, e.g. for darwin).
 */
export function crossCompiler(target: Target, hostOs: string, hostArch: string): { cc: string; pkg: string } | 'native' | undefined {
  if (target.os === hostOs && target.arch === hostArch) return 'native'
  return CROSS_CC[`${target.os}/${target.arch}`]
}
