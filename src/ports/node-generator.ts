/** The generator's ports on a machine: node:fs, git and go through the process layer (argv, never a shell). */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { UserError, errorMessage } from '../errors.js'
import type { GeneratorIO } from '../generator/init.js'
import { resolveInside } from '../paths.js'
import { childEnvironment, childKind } from './child-env.js'
import { nodeFiles } from './node-files.js'
import { runProcess } from './process.js'

export function nodeGeneratorIO(): GeneratorIO {
  return {
    reader: {
      readText: file => nodeFiles.readText(file),
      walk: (root, match) => nodeFiles.walk(root, match),
      async list(dir) {
        try {
          return (await readdir(dir, { withFileTypes: true })).filter(e => e.isFile()).map(e => e.name)
        } catch {
          return []
        }
      },
    },
    exec: {
      run: (command, args, options = {}) =>
        runProcess(command, args, {
          ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
          env: childEnvironment(process.env, childKind(command), options.env),
          ...(options.input !== undefined ? { input: options.input } : {}),
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        }),
    },
    async writeAll(base, files) {
      // Every target is resolved first (a .github/workflows that is a symlink out of the repository is
      // refused), so a refusal writes nothing.
      const targets: [string, string][] = []
      for (const f of files) {
        const where = await resolveInside(nodeFiles, base, base, f.path)
        if (!where.ok) throw new UserError(`Cannot write ${f.path} in ${base}: it ${where.why}. Nothing was written.`)
        targets.push([where.path, f.content])
      }
      const made: string[] = []
      const temps: [string, string][] = []
      let current = ''
      try {
        for (const [full, content] of targets) {
          current = path.relative(base, full)
          const first = await mkdir(path.dirname(full), { recursive: true })
          if (first !== undefined) made.push(first)
          const tmp = `${full}.go-pipeline-${process.pid}.tmp`
          await writeFile(tmp, content)
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
    env: name => process.env[name],
  }
}
