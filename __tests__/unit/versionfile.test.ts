import { describe, expect, it } from '@jest/globals'
import { versionFromFile } from '../../src/go/versionfile.js'

describe('versionFromFile', () => {
  it.each([
    ['go.mod', 'module x\n\ngo 1.26.0\n\ntoolchain go1.26.8\n', { version: '1.26.8', kind: 'toolchain', goLine: '1.26.0' }],
    ['go.mod', 'module x\n\ngo 1.25 // the minimum\n', { version: '1.25', kind: 'minimum', goLine: '1.25' }],
    ['sub/go.mod', 'module x\ngo 1.24.2\ntoolchain default\n', { version: '1.24.2', kind: 'minimum', goLine: '1.24.2' }],
    ['go.work', 'go 1.26.0\n\nuse (\n\t./a\n\t./b\n)\n', { version: '1.26.0', kind: 'minimum', goLine: '1.26.0' }],
    ['go.work', 'go 1.26.0\ntoolchain go1.26.8\nuse ./a\n', { version: '1.26.8', kind: 'toolchain', goLine: '1.26.0' }],
    ['.go-version', '1.26.8\n', { version: '1.26.8', kind: 'plain' }],
    ['.go-version', '# pinned\ngo1.25.3\n', { version: '1.25.3', kind: 'plain' }],
    ['.tool-versions', 'nodejs 24.1.0\ngolang 1.26.8\n', { version: '1.26.8', kind: 'plain' }],
    ['.tool-versions', 'go 1.26.1\n', { version: '1.26.1', kind: 'plain' }],
    ['go.mod', 'module x\n', undefined],
    ['.tool-versions', 'nodejs 24\n', undefined],
    ['.go-version', '\n\n', undefined],
  ])('%s %j → %s', (file, content, want) => expect(versionFromFile(file, content)).toEqual(want))
})
