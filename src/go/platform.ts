/** Node's names for this machine → Go's. */

const GOOS: Readonly<Record<string, string>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  aix: 'aix',
  sunos: 'solaris',
}
const GOARCH: Readonly<Record<string, string>> = {
  x64: 'amd64',
  arm64: 'arm64',
  ia32: '386',
  arm: 'armv6l', // the release archives' name for GOARCH=arm
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
}

export interface HostPlatform {
  readonly os: string
  readonly arch: string
  /** Node's arch name, which @actions/tool-cache uses for its folders. */
  readonly nodeArch: string
}

export function hostPlatform(platform: string, arch: string): HostPlatform {
  const os = GOOS[platform]
  const goArch = GOARCH[arch]
  if (os === undefined || goArch === undefined) {
    throw new Error(`go-pipeline does not know Go's name for this machine (${platform}/${arch})`)
  }
  return { os, arch: goArch, nodeArch: arch }
}
