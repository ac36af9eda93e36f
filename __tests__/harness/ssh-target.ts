/**
 * A real deploy host for the ssh target: a Debian root file system (made by scripts/setup-counterparts.sh
 * with debootstrap) booted with systemd under systemd-nspawn, sharing this machine's network, with its
 * own sshd (fresh host key, its own loopback port), a `deploy` user with passwordless sudo and a key
 * made for the test. The generated deploy script copies, checks, installs, restarts with the real
 * systemctl, and asks the deployed binary for its health, exactly as on a server.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { COUNTERPARTS, freePort } from './act.js'
import { spawnCollect, type StepResult } from './runner.js'

export const SYSTEMD_ROOTFS = path.join(COUNTERPARTS, 'systemd-rootfs')

export interface SshTarget {
  readonly host: string
  readonly port: number
  readonly user: string
  /** The private key (what the deploy job gets as DEPLOY_SSH_KEY). */
  readonly key: string
  /** A known_hosts line for the host key (DEPLOY_KNOWN_HOSTS). */
  readonly knownHosts: string
  /** Runs a command on the host as the deploy user. */
  ssh(command: string): Promise<StepResult>
  close(): Promise<void>
}

async function run(cmd: string, args: string[], cwd = os.tmpdir()): Promise<StepResult> {
  const r = await spawnCollect(cmd, args, cwd, { PATH: process.env.PATH ?? '', HOME: os.homedir() })
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r
}

export async function startSshTarget(): Promise<SshTarget> {
  const dir = mkdtempSync(path.join('/tmp', 'gp-ssh-'))
  const root = path.join(dir, 'root')
  // cp -a keeps the device nodes, owners and links of the root file system.
  await run('cp', ['-a', '--reflink=auto', SYSTEMD_ROOTFS, root])
  const port = await freePort()
  const user = 'deploy'
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'go-pipeline-test', '-f', path.join(dir, 'client')])
  await run('chroot', [root, 'useradd', '-m', '-s', '/bin/bash', user])
  await run('chroot', [root, 'usermod', '-p', '*', user])
  const sshDir = path.join(root, 'home', user, '.ssh')
  mkdirSync(sshDir, { recursive: true })
  writeFileSync(path.join(sshDir, 'authorized_keys'), readFileSync(path.join(dir, 'client.pub')))
  chmodSync(sshDir, 0o700)
  await run('chroot', [root, 'chown', '-R', `${user}:${user}`, `/home/${user}/.ssh`])
  writeFileSync(path.join(root, 'etc', 'sudoers.d', user), `${user} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 })
  writeFileSync(path.join(root, 'etc', 'hosts'), `127.0.0.1 localhost ${os.hostname()}\n`)
  for (const f of ['ssh_host_rsa_key', 'ssh_host_ecdsa_key', 'ssh_host_ed25519_key']) {
    rmSync(path.join(root, 'etc', 'ssh', f), { force: true })
    rmSync(path.join(root, 'etc', 'ssh', `${f}.pub`), { force: true })
  }
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', path.join(root, 'etc', 'ssh', 'ssh_host_ed25519_key')])
  writeFileSync(
    path.join(root, 'etc', 'ssh', 'sshd_config.d', 'go-pipeline.conf'),
    [`Port ${port}`, 'ListenAddress 127.0.0.1', 'UsePAM no', 'PasswordAuthentication no', 'HostKey /etc/ssh/ssh_host_ed25519_key', ''].join('\n'),
  )
  const hostKey = readFileSync(path.join(root, 'etc', 'ssh', 'ssh_host_ed25519_key.pub'), 'utf8')
    .trim()
    .split(' ')
    .slice(0, 2)
    .join(' ')
  const knownHosts = `[127.0.0.1]:${port} ${hostKey}`
  writeFileSync(path.join(dir, 'known_hosts'), `${knownHosts}\n`)
  const machine = `gp-${process.pid}-${port}`
  const boot: ChildProcess = spawn('systemd-nspawn', ['-D', root, '-b', '--register=no', '--keep-unit', '--console=passive', '-M', machine], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let bootLog = ''
  boot.stdout?.on('data', (b: Buffer) => (bootLog += b.toString()))
  boot.stderr?.on('data', (b: Buffer) => (bootLog += b.toString()))
  const sshArgs = [
    '-i',
    path.join(dir, 'client'),
    '-o',
    `UserKnownHostsFile=${path.join(dir, 'known_hosts')}`,
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'ConnectTimeout=5',
    '-p',
    String(port),
    `${user}@127.0.0.1`,
  ]
  const ssh = (command: string): Promise<StepResult> => spawnCollect('ssh', [...sshArgs, command], dir, { PATH: process.env.PATH ?? '', HOME: os.homedir() })
  const until = Date.now() + 60_000
  for (;;) {
    const r = await ssh('systemctl is-system-running --wait || true')
    if (r.code === 0 && /running|degraded/.test(r.stdout)) break
    if (Date.now() > until || boot.exitCode !== null) throw new Error(`the systemd host did not come up:\n${bootLog}\n${r.stderr}`)
    await new Promise(res => setTimeout(res, 500))
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    key: readFileSync(path.join(dir, 'client'), 'utf8'),
    knownHosts,
    ssh,
    async close() {
      await ssh('sudo systemctl poweroff').catch(() => undefined)
      await new Promise<void>(resolve => {
        const t = setTimeout(() => {
          boot.kill('SIGKILL')
          resolve()
        }, 15_000)
        boot.once('exit', () => {
          clearTimeout(t)
          resolve()
        })
        if (boot.exitCode !== null) resolve()
      })
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
