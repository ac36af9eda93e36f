import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { elfLinkage } from '../../src/go/elf.js'
import { binaryFile, buildArgs, buildGcflags, crossCompiler, ldflags, parseTarget, pseudoVersion, type Target } from '../../src/go/targets.js'

describe('parseTarget', () => {
  it.each([
    ['linux/amd64', { platform: 'linux/amd64', folder: 'linux_amd64', env: { GOOS: 'linux', GOARCH: 'amd64' } }],
    ['linux/arm/v7', { platform: 'linux/arm/v7', folder: 'linux_arm_v7', env: { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' } }],
    ['linux/amd64/v3', { folder: 'linux_amd64_v3', env: { GOOS: 'linux', GOARCH: 'amd64', GOAMD64: 'v3' } }],
    [' Windows/ARM64 ', { platform: 'windows/arm64' }],
  ])('%s', (spec, want) => expect(parseTarget(spec)).toMatchObject(want))
  it.each([
    ['linux/amd65', 'is not a platform Go can build for'],
    ['linux', 'is not os/arch'],
    ['linux/amd64/v3/x', 'is not os/arch'],
    ['linux/arm64/v8', 'arm64 has no variants'],
    ['linux/arm/v8', 'arm variants are v5, v6, v7'],
    ['darwin/386', 'is not a platform Go can build for'],
  ])('%s is refused', (spec, why) => expect(parseTarget(spec)).toEqual(expect.stringContaining(why)))
})

describe('crossCompiler (cgo: true for another platform than the host)', () => {
  const t = (spec: string): Target => {
    const target = parseTarget(spec)
    if (typeof target === 'string') throw new Error(target)
    return target
  }
  it.each([
    ['linux/amd64', 'linux', 'amd64', 'native'],
    ['linux/arm64', 'linux', 'arm64', 'native'],
    ['linux/arm/v7', 'linux', 'arm', 'native'],
    ['linux/arm64', 'linux', 'amd64', { cc: 'aarch64-linux-gnu-gcc', pkg: 'gcc-aarch64-linux-gnu' }],
    ['linux/amd64', 'linux', 'arm64', { cc: 'x86_64-linux-gnu-gcc', pkg: 'gcc-x86-64-linux-gnu' }],
    ['linux/arm/v7', 'linux', 'amd64', { cc: 'arm-linux-gnueabihf-gcc', pkg: 'gcc-arm-linux-gnueabihf' }],
    ['windows/amd64', 'linux', 'amd64', { cc: 'x86_64-w64-mingw32-gcc', pkg: 'gcc-mingw-w64-x86-64' }],
    ['darwin/arm64', 'linux', 'amd64', undefined],
    ['darwin/arm64', 'darwin', 'arm64', 'native'],
  ])('%s on %s/%s', (spec, os, arch, want) => expect(crossCompiler(t(spec), os, arch)).toEqual(want))
})

describe('go build argv', () => {
  const meta = { version: 'v1.2.3', commit: 'abc', date: '2026-01-02T03:04:05Z' }
  it('stamps version, commit and date into the version package, then the extra flags', () => {
    expect(ldflags('main', meta, '')).toBe('-s -w -X main.version=v1.2.3 -X main.commit=abc -X main.date=2026-01-02T03:04:05Z')
    expect(ldflags('example.com/x/internal/version', meta, ' -X main.extra=1 ')).toBe(
      '-s -w -X example.com/x/internal/version.version=v1.2.3 -X example.com/x/internal/version.commit=abc -X example.com/x/internal/version.date=2026-01-02T03:04:05Z -X main.extra=1',
    )
  })
  it('is an argv, one flag one element, never a shell string', () => {
    expect(buildArgs('/o/linux_amd64/app', '-s -w', './cmd/app')).toEqual(['build', '-trimpath', '-ldflags=-s -w', '-o', '/o/linux_amd64/app', './cmd/app'])
    expect(buildArgs('/o/linux_amd64/app', '-s -w', './cmd/app', buildGcflags(undefined))).toEqual([
      'build',
      '-trimpath',
      '-gcflags=all=-dwarf=false',
      '-ldflags=-s -w',
      '-o',
      '/o/linux_amd64/app',
      './cmd/app',
    ])
  })
  it('compiles without DWARF (the link drops it), unless GOFLAGS has a -gcflags of its own', () => {
    expect(buildGcflags('')).toEqual(['-gcflags=all=-dwarf=false'])
    expect(buildGcflags('-mod=mod -trimpath')).toEqual(['-gcflags=all=-dwarf=false'])
    for (const own of ['-gcflags=all=-N -l', '-mod=mod -gcflags=-m', '--gcflags=all=-B', '-gcflags']) expect(buildGcflags(own)).toEqual([])
  })
  it('names binaries per platform', () => {
    expect(binaryFile('app', { os: 'windows', arch: 'amd64' })).toBe('app.exe')
    expect(binaryFile('app', { os: 'js', arch: 'wasm' })).toBe('app.wasm')
    expect(binaryFile('app', { os: 'linux', arch: 'arm64' })).toBe('app')
  })
})

describe('pseudoVersion', () => {
  const t = new Date('2026-11-21T06:30:59Z')
  it('follows the latest tag, as Go pseudo-versions do', () => {
    expect(pseudoVersion('0123456789abcdef', t, 'v1.2.3')).toBe('v1.2.4-0.20261121063059-0123456789ab')
  })
  it('starts at v0.0.0 without a tag (or with a tag that is not vX.Y.Z)', () => {
    expect(pseudoVersion('0123456789abcdef', t, undefined)).toBe('v0.0.0-20261121063059-0123456789ab')
    expect(pseudoVersion('0123456789abcdef', t, 'release-7')).toBe('v0.0.0-20261121063059-0123456789ab')
  })
})

describe('elfLinkage', () => {
  it('sees the interpreter and needed libraries of a dynamically linked binary (this node)', () => {
    const linkage = elfLinkage(readFileSync(process.execPath))
    if (process.platform !== 'linux') return
    expect(linkage?.interpreter).toMatch(/ld-linux|ld-musl/)
    expect(linkage?.needed).toEqual(expect.arrayContaining([expect.stringMatching(/^libc\.|^libc\.musl/)]))
  })
  it('sees nothing in a static ELF', () => {
    // A minimal ELF64 little-endian header with one PT_LOAD program header.
    const buf = Buffer.alloc(64 + 56)
    buf.writeUInt32BE(0x7f454c46, 0)
    buf[4] = 2 // 64-bit
    buf[5] = 1 // little-endian
    buf.writeBigUInt64LE(64n, 0x20) // e_phoff
    buf.writeUInt16LE(56, 0x36) // e_phentsize
    buf.writeUInt16LE(1, 0x38) // e_phnum
    buf.writeUInt32LE(1, 64) // PT_LOAD
    expect(elfLinkage(buf)).toEqual({ needed: [] })
  })
  it('is undefined for what is not ELF (Mach-O, PE)', () => {
    expect(elfLinkage(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, ...new Array<number>(60).fill(0)]))).toBeUndefined()
    expect(elfLinkage(Buffer.from('MZ' + '\0'.repeat(100)))).toBeUndefined()
  })
})
