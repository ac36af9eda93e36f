/** A repository in memory behind the generator's ports: files, git answers, and go list answered from the files. */
import * as path from 'node:path'
import { inspectRepo, type RepoReader } from '../../src/generator/facts.js'
import { modulePath } from '../../src/go/modules.js'
import type { Exec } from '../../src/ports/ports.js'

/** A repository as a map of files, behind the generator's reader port. */
export function fakeRepo(files: Record<string, string>): RepoReader {
  const abs = (f: string): string => path.join('/r', f)
  const all = new Map(Object.entries(files).map(([f, c]) => [abs(f), c]))
  return {
    readText: async f => all.get(f),
    walk: async (root, match) =>
      [...all.keys()].filter(f => f.startsWith(`${root}/`) && !f.slice(root.length).includes('/.') && match(path.basename(f))).sort(),
    list: async dir => [...all.keys()].filter(f => path.dirname(f) === dir).map(f => path.basename(f)),
  }
}

/**
 * git answers from a table; `go list -e -find ./...` answered from the files, as the go command
 * would: each folder of .go files below the module (not in a nested module) with its package name.
 */
export function fakeExec(files: Record<string, string>, gitAnswers: Record<string, string> = {}): Exec {
  return {
    async run(command, args, options) {
      if (command === 'git') {
        const answer = gitAnswers[args.join(' ')] ?? (args.join(' ') === 'rev-parse --show-toplevel' ? '/r' : undefined)
        return answer === undefined ? { code: 128, stdout: '', stderr: 'fatal' } : { code: 0, stdout: `${answer}\n`, stderr: '' }
      }
      const dir = options?.cwd ?? '/r'
      const rel = path.relative('/r', dir) || '.'
      const prefix = rel === '.' ? '' : `${rel}/`
      const modPath = modulePath(files[`${prefix}go.mod`] ?? '') ?? 'example.com/x'
      const nested = Object.keys(files)
        .filter(f => f.endsWith('/go.mod') && f.startsWith(prefix) && f !== `${prefix}go.mod`)
        .map(f => path.dirname(f))
      const pkgs = new Map<string, string>()
      for (const [f, text] of Object.entries(files)) {
        if (!f.startsWith(prefix) || !f.endsWith('.go') || f.endsWith('_test.go') || nested.some(n => f.startsWith(`${n}/`))) continue
        const name = /^package (\w+)/m.exec(text)?.[1]
        if (name) pkgs.set(path.dirname(f), name)
      }
      const lines = [...pkgs].map(([d, name]) => {
        const sub = path.relative(rel === '.' ? '' : rel, d === '.' ? '' : d)
        return `${name}\t${sub === '' ? modPath : `${modPath}/${sub}`}\t${path.join('/r', d)}\t`
      })
      return { code: 0, stdout: lines.sort().join('\n'), stderr: '' }
    },
  }
}

export async function facts(files: Record<string, string>, gitAnswers: Record<string, string> = {}, dir = '/r') {
  return inspectRepo(dir, fakeRepo(files), fakeExec(files, gitAnswers))
}
