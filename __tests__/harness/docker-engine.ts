/**
 * A real Docker engine (Debian's docker.io, started by the test on its own socket, data and exec
 * roots, with no change to the host's network) whose current builder uses the `docker` driver, as on
 * GitHub's hosted runners: the path where go-pipeline makes a docker-container builder of its own.
 *
 * Two things this sandbox needs that a runner does not: privileged containers fail here because the
 * sandbox withholds CAP_SYS_RESOURCE, so a runtime wrapper removes that capability from each container's
 * OCI spec before runc runs it; and nothing can be pulled, so the BuildKit image (a root file system
 * built by scripts/setup-counterparts.sh) is imported under the name buildx looks for.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { COUNTERPARTS } from './act.js'
import { BUILDX_BIN } from './image-infra.js'
import { spawnCollect, type StepResult } from './runner.js'

export const BUILDKIT_ROOTFS = path.join(COUNTERPARTS, 'buildkit-rootfs.tar')

export interface Engine {
  /** unix:///… for DOCKER_HOST. */
  readonly host: string
  /** A DOCKER_CONFIG like a runner's: buildx as a plugin, no builder but the engine's own. */
  readonly config: string
  docker(args: string[], input?: string): Promise<StepResult>
  close(): Promise<void>
}

const RUNC_WRAPPER = `#!/usr/bin/env python3
# Removes CAP_SYS_RESOURCE (which this sandbox withholds) from a container's spec (create, run) or an
# exec's process spec (docker exec, which buildx uses to check a builder), then runs runc.
import json, os, sys
args = sys.argv[1:]
def strip(spec, key):
    with open(spec) as f:
        c = json.load(f)
    caps = (c.get(key, {}) if key else c).get('capabilities', {})
    for k in caps:
        caps[k] = [x for x in caps[k] if x != 'CAP_SYS_RESOURCE']
    with open(spec, 'w') as f:
        json.dump(c, f)
if ('create' in args or 'run' in args) and '--bundle' in args:
    strip(os.path.join(args[args.index('--bundle') + 1], 'config.json'), 'process')
if 'exec' in args and '--process' in args:
    strip(args[args.index('--process') + 1], None)
os.execv(RUNC, ['runc'] + args)
`

export async function startEngine(): Promise<Engine> {
  // Short paths: a unix socket path must stay under 108 bytes.
  const dir = mkdtempSync(path.join('/tmp', 'gp-dk-'))
  const runc = (await spawnCollect('sh', ['-c', 'command -v runc'], dir, { PATH: process.env.PATH ?? '' })).stdout.trim()
  const wrapper = path.join(dir, 'runc-wrapper')
  writeFileSync(wrapper, RUNC_WRAPPER.replace("RUNC, ['runc']", `${JSON.stringify(runc)}, ['runc']`))
  chmodSync(wrapper, 0o755)
  writeFileSync(path.join(dir, 'daemon.json'), JSON.stringify({ runtimes: { 'gp-runc': { path: wrapper } }, 'default-runtime': 'gp-runc' }))
  const socket = path.join(dir, 'd.sock')
  const host = `unix://${socket}`
  const log: string[] = []
  const daemon: ChildProcess = spawn(
    'dockerd',
    [
      '--data-root',
      path.join(dir, 'data'),
      '--exec-root',
      path.join(dir, 'x'),
      '--pidfile',
      path.join(dir, 'd.pid'),
      '--host',
      host,
      '--config-file',
      path.join(dir, 'daemon.json'),
      '--iptables=false',
      '--ip6tables=false',
      '--ip-forward=false',
      '--ip-masq=false',
      '--bridge=none',
      '--userland-proxy=false',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  daemon.stdout?.on('data', (b: Buffer) => log.push(b.toString()))
  daemon.stderr?.on('data', (b: Buffer) => log.push(b.toString()))
  const config = path.join(dir, 'config')
  mkdirSync(path.join(config, 'cli-plugins'), { recursive: true })
  symlinkSync(BUILDX_BIN, path.join(config, 'cli-plugins', 'docker-buildx'))
  const docker = (args: string[], input?: string): Promise<StepResult> =>
    spawnCollect('docker', args, dir, { PATH: process.env.PATH ?? '', HOME: os.homedir(), DOCKER_HOST: host, DOCKER_CONFIG: config }, input)
  const until = Date.now() + 60_000
  while ((await docker(['info', '--format', '{{.ServerVersion}}'])).code !== 0) {
    if (Date.now() > until || daemon.exitCode !== null) throw new Error(`dockerd did not start:\n${log.join('')}`)
    await new Promise(r => setTimeout(r, 300))
  }
  if (!existsSync(BUILDKIT_ROOTFS)) throw new Error(`${BUILDKIT_ROOTFS} is missing: run scripts/setup-counterparts.sh`)
  const imported = await docker(['import', '--change', 'ENTRYPOINT ["buildkitd"]', BUILDKIT_ROOTFS, 'moby/buildkit:buildx-stable-1'])
  if (imported.code !== 0) throw new Error(`docker import of the BuildKit image failed: ${imported.stderr}`)
  return {
    host,
    config,
    docker,
    async close() {
      // Whatever builder container is left, then the daemon (and the containerd it started).
      const left = await docker(['ps', '-aq'])
      for (const id of left.stdout.split('\n').filter(Boolean)) await docker(['rm', '-f', id])
      daemon.kill('SIGTERM')
      await new Promise<void>(resolve => {
        const t = setTimeout(() => {
          daemon.kill('SIGKILL')
          resolve()
        }, 20_000)
        daemon.once('exit', () => {
          clearTimeout(t)
          resolve()
        })
      })
      // Overlay mounts under the data root go with the daemon; what stays is removed.
      await spawnCollect('sh', ['-c', `grep -o '${dir}[^ ]*' /proc/mounts | sort -r | xargs -r -n1 umount -l`], '/', { PATH: process.env.PATH ?? '' })
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
