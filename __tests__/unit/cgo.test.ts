import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { cgoPackages } from '../../src/go/cgo.js'
import type { Exec } from '../../src/ports/ports.js'
import { runProcess, spawnOptions } from '../../src/ports/process.js'
import { scratchFolders } from './scratch.js'

// The real go command (go list only loads: nothing compiles), on a module made here.
const exec: Exec = {
  run: (command, args, options = {}) => runProcess(command, args, spawnOptions(options, { ...(process.env as Record<string, string>), ...options.env })),
}

const scratch = scratchFolders('gp-cgo-')
let dir = ''
beforeAll(async () => {
  dir = scratch()
  await mkdir(path.join(dir, 'a'))
  await mkdir(path.join(dir, 'plain'))
  await writeFile(path.join(dir, 'go.mod'), 'module example.com/cgot\n\ngo 1.22\n')
  await writeFile(path.join(dir, 'a', 'with space.go'), 'package a\n\n// int two(void) { return 2; }\nimport "C"\n\nfunc Two() int { return int(C.two()) }\n')
  await writeFile(path.join(dir, 'a', 'b.go'), 'package a\n\n// int three(void) { return 3; }\nimport "C"\n\nfunc Three() int { return int(C.three()) }\n')
  await writeFile(path.join(dir, 'plain', 'p.go'), 'package plain\n\nimport _ "example.com/cgot/a"\n')
})

describe('cgoPackages', () => {
  it('names each package with cgo files and every file, a file name with a space whole', async () => {
    expect(await cgoPackages(exec, 'go', dir, ['./plain'], { CGO_ENABLED: '1' })).toEqual([
      { importPath: 'example.com/cgot/a', cgoFiles: ['b.go', 'with space.go'] },
    ])
  })

  it('finds none when cgo is off (the files do not count)', async () => {
    expect(await cgoPackages(exec, 'go', dir, ['./...'], { CGO_ENABLED: '0' })).toEqual([])
  })
})
