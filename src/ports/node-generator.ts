/** The generator's ports on a machine: node:fs, and git through an argv (never a shell). */
import { execFile } from 'node:child_process'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { UserError, errorMessage } from '../errors.js'
import type { GeneratorIO } from '../generator/init.js'
import { nodeFiles } from './node-files.js'

function git(cwd: string, args: readonly string[], timeoutMs = 20_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile('git', [...args], { cwd, timeout: timeoutMs, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr: stderr || (error ? error.message : '') })
    })
  })
}

export function nodeGeneratorIO(root: string): GeneratorIO {
  return {
    reader: {
      readText: nodeFiles.readText,
      walk: nodeFiles.walk,
      async list(dir) {
        try {
          return (await readdir(dir, { withFileTypes: true })).filter(e => e.isFile()).map(e => e.name)
        } catch {
          return []
        }
      },
      async git(args) {
        const r = await git(root, args)
        return r.code === 0 ? r.stdout.trim() : undefined
      },
    },
    async writeAll(base, files) {
      const made: string[] = []
      const temps: Array<[string, string]> = []
      let current = ''
      try {
        for (const f of files) {
          current = f.path
          const full = path.join(base, f.path)
          const first = await mkdir(path.dirname(full), { recursive: true })
          if (first !== undefined) made.push(first)
          const tmp = `${full}.go-pipeline-${process.pid}.tmp`
          await writeFile(tmp, f.content)
          temps.push([tmp, full])
        }
        for (const [tmp, full] of temps) {
          current = path.relative(base, full)
          await rename(tmp, full)
        }
      } catch (error) {
        for (const [tmp] of temps) await rm(tmp, { force: true })
        for (const dir of made.reverse()) await rm(dir, { recursive: true, force: true })
        throw new UserError(`Cannot write ${current} in ${base}: ${errorMessage(error)}. Nothing was written.`)
      }
    },
    async lsRemote(url) {
      const r = await git(root, ['ls-remote', '--tags', url])
      return r.code === 0 ? { stdout: r.stdout } : { error: r.stderr.trim().split('\n').slice(-2).join(' ') }
    },
    env: name => process.env[name],
  }
}
