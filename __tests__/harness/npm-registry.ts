/**
 * A real npm registry on 127.0.0.1: verdaccio (installed by scripts/setup-counterparts.sh), with no
 * uplink (it serves only what is published to it), reads open to all, publishing for a user it makes.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { freePort } from './act.js'
import { DEV_CACHE } from './runner.js'

export const VERDACCIO = path.join(DEV_CACHE, 'verdaccio', 'node_modules', 'verdaccio', 'bin', 'verdaccio')

export interface NpmRegistry {
  /** http://127.0.0.1:<port>/ */
  readonly url: string
  /** An auth token of the user allowed to publish. */
  readonly token: string
  close(): Promise<void>
}

export async function startNpmRegistry(dir: string, node: string = process.execPath): Promise<NpmRegistry> {
  mkdirSync(path.join(dir, 'storage'), { recursive: true })
  const config = path.join(dir, 'config.yaml')
  writeFileSync(
    config,
    [
      `storage: ${path.join(dir, 'storage')}`,
      'auth:',
      '  htpasswd:',
      `    file: ${path.join(dir, 'htpasswd')}`,
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    unpublish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  )
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/`
  const child: ChildProcess = spawn(node, [VERDACCIO, '--config', config, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: dir },
  })
  let said = ''
  child.stdout?.on('data', (b: Buffer) => (said += b.toString()))
  child.stderr?.on('data', (b: Buffer) => (said += b.toString()))
  const close = (): Promise<void> =>
    new Promise(resolve => {
      if (child.exitCode !== null) {
        resolve()
        return
      }
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) break
    } catch {
      // not listening yet
    }
    if (i >= 150 || child.exitCode !== null) {
      await close()
      throw new Error(`verdaccio did not start on ${url}: ${said.slice(-2000)}`)
    }
    await new Promise(r => setTimeout(r, 200))
  }
  // Adding a user answers with its token (npm adduser's protocol).
  const r = await fetch(`${url}-/user/org.couchdb.user:releaser`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'releaser', password: 'release-password-1', type: 'user', roles: [] }),
  })
  const body = (await r.json()) as { token?: string }
  if (!r.ok || body.token === undefined) {
    await close()
    throw new Error(`verdaccio refused the user: ${r.status} ${JSON.stringify(body)}`)
  }
  return { url, token: body.token, close }
}
