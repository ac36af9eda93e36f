import { describe, expect, it } from '@jest/globals'
import { defined } from '../harness/runner.js'
import { goToSemver, nearestVersions, parseGoVersionSpec, parseReleaseIndex, satisfies, selectRelease, type GoRelease } from '../../src/go/version.js'

const release = (version: string, stable = true): GoRelease => ({
  version,
  semver: defined(goToSemver(version), 'a Go version'),
  stable,
  files: [],
})
const INDEX = ['go1.27rc1', 'go1.26.8', 'go1.26.7', 'go1.26.0', 'go1.25.12', 'go1.25.0', 'go1.24.13', 'go1.20'].map(v => release(v, !v.includes('rc')))

describe('goToSemver', () => {
  it.each([
    ['go1.26.8', '1.26.8'],
    ['1.26.8', '1.26.8'],
    ['go1.20', '1.20.0'],
    ['1.27rc1', '1.27.0-rc.1'],
    ['go1.27beta2', '1.27.0-beta.2'],
    ['go1.26.08', '1.26.8'],
  ])('%s → %s', (go, sv) => expect(goToSemver(go)).toBe(sv))
  it.each(['', 'go', '1', 'latest', '1.26.8.1', 'v1.26.8'])('rejects %j', s => expect(goToSemver(s)).toBeUndefined())
})

describe('parseGoVersionSpec', () => {
  it.each([
    ['1.26.8', { kind: 'exact', version: '1.26.8' }],
    ['go1.26.8', { kind: 'exact', version: '1.26.8' }],
    ['1.27rc1', { kind: 'exact', version: '1.27.0-rc.1' }],
    ['1.26', { kind: 'range', range: '~1.26.0' }],
    ['stable', { kind: 'alias', alias: 'stable' }],
    ['OldStable', { kind: 'alias', alias: 'oldstable' }],
  ])('%s', (text, want) => expect(parseGoVersionSpec(text)).toMatchObject(want))
  it.each(['1.26.x', '^1.25', '>=1.25 <1.27', '~1.26', '1.x'])('%s is a range', text => expect(parseGoVersionSpec(text)?.kind).toBe('range'))
  it.each(['', 'latest', 'one.two', '1.26.8.1', '>=banana', 'go'])('%j is not a spec', text => expect(parseGoVersionSpec(text)).toBeUndefined())
})

describe('selectRelease', () => {
  const pick = (text: string): string | undefined => {
    const spec = parseGoVersionSpec(text)
    if (spec === undefined) throw new Error(text)
    return selectRelease(spec, INDEX)?.version
  }
  it.each([
    ['1.26.8', 'go1.26.8'],
    ['1.26', 'go1.26.8'],
    ['1.26.x', 'go1.26.8'],
    ['^1.25', 'go1.26.8'],
    ['~1.25', 'go1.25.12'],
    ['>=1.24 <1.26', 'go1.25.12'],
    ['1.20', 'go1.20'],
    ['stable', 'go1.26.8'],
    ['oldstable', 'go1.25.12'],
    ['1.27rc1', 'go1.27rc1'],
    ['1.27', undefined], // 1.27 has only a release candidate: a line asks for stable releases
    ['1.26.99', undefined],
  ])('%s → %s', (text, want) => expect(pick(text)).toBe(want))

  it('satisfies follows the same rules for installed versions', () => {
    expect(satisfies('1.26.8', defined(parseGoVersionSpec('1.26'), 'a spec'))).toBe(true)
    expect(satisfies('1.25.12', defined(parseGoVersionSpec('1.26'), 'a spec'))).toBe(false)
    expect(satisfies('1.26.8', defined(parseGoVersionSpec('stable'), 'a spec'))).toBe(false)
  })
})

describe('nearestVersions', () => {
  it('lists the closest versions to a missing patch release first', () => {
    expect(nearestVersions(defined(parseGoVersionSpec('1.26.99'), 'a spec'), INDEX, 3)).toEqual(['1.26.8', '1.26.7', '1.26.0'])
  })
  it('for a missing line, lists the neighbouring lines', () => {
    expect(nearestVersions(defined(parseGoVersionSpec('1.23'), 'a spec'), INDEX, 2)).toEqual(['1.24.13', '1.25.0'])
  })
})

describe('parseReleaseIndex', () => {
  it('reads the go.dev layout', () => {
    const [r] = parseReleaseIndex([
      {
        version: 'go1.26.8',
        stable: true,
        files: [{ filename: 'go1.26.8.linux-amd64.tar.gz', os: 'linux', arch: 'amd64', version: 'go1.26.8', sha256: 'AB', size: 3, kind: 'archive' }],
      },
    ])
    expect(r).toMatchObject({ version: 'go1.26.8', semver: '1.26.8', stable: true, files: [{ sha256: 'ab', size: 3 }] })
  })
  it.each([
    [{}, 'expected a JSON array'],
    [[1], 'entry 0 is not an object'],
    [[{ files: [] }], 'no "version" string'],
    [[{ version: 'go1.2.3' }], 'no "files" array'],
    [[{ version: 'go1.2.3', files: [{ filename: 'x' }] }], 'lacks filename'],
  ])('rejects %j', (json, message) => expect(() => parseReleaseIndex(json)).toThrow(message))
  it('ignores versions in formats it does not know', () => {
    expect(parseReleaseIndex([{ version: 'weekly.2011-01-01', files: [] }])).toEqual([])
  })
})
