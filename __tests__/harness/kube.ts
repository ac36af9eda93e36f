/**
 * A real Kubernetes API on 127.0.0.1 for the generated deploy files: kube-apiserver, etcd,
 * controller-manager and scheduler (built by scripts/setup-counterparts.sh from their Go modules),
 * started by kwokctl with its binary runtime; kwok simulates the nodes and runs the pods' status, so a
 * Deployment rolls out and `kubectl rollout status` / `helm upgrade --wait` complete for real.
 *
 * Test infrastructure only: never bundled into dist/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { COUNTERPARTS } from './act.js'
import { spawnCollect, type StepResult } from './runner.js'

export const KUBE_BIN = path.join(COUNTERPARTS, 'bin')

export interface Cluster {
  readonly kubeconfig: string
  /** The kubeconfig file's text (what a deploy job gets as its KUBECONFIG secret). */
  readonly kubeconfigText: string
  kubectl(args: string[]): Promise<StepResult>
  helm(args: string[]): Promise<StepResult>
  /** HELM_* folders for a helm run of the test's own. */
  readonly helmEnv: Record<string, string>
  close(): Promise<void>
}

async function must(r: Promise<StepResult>, what: string): Promise<StepResult> {
  const got = await r
  if (got.code !== 0) throw new Error(`${what} failed (exit ${got.code}):\n${got.stdout}\n${got.stderr}`)
  return got
}

export async function startCluster(name = `gp${process.pid}`): Promise<Cluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-kube-'))
  const bin = (n: string): string => path.join(KUBE_BIN, n)
  const config = path.join(dir, 'kwokctl.yaml')
  writeFileSync(
    config,
    [
      'kind: KwokctlConfiguration',
      'apiVersion: config.kwok.x-k8s.io/v1alpha1',
      'options:',
      '  runtime: binary',
      '  bindAddress: 127.0.0.1',
      '  kubeVersion: v1.36.3',
      `  kubeApiserverBinary: ${bin('kube-apiserver')}`,
      `  kubeControllerManagerBinary: ${bin('kube-controller-manager')}`,
      `  kubeSchedulerBinary: ${bin('kube-scheduler')}`,
      `  kubectlBinary: ${bin('kubectl')}`,
      `  etcdBinary: ${bin('etcd')}`,
      `  kwokControllerBinary: ${bin('kwok')}`,
      '  etcdVersion: 3.6.16',
      'componentsPatches:',
      '- name: kwok-controller',
      '  extraArgs:',
      '  - key: node-ip',
      '    value: 127.0.0.1',
      // One instance of each: no leader election. With it, a controller-manager that cannot renew its
      // lease within 10 s on a loaded machine exits, nothing rolls deployments out any more, and every
      // later `helm --wait` times out (a fresh-clone run of 74e0aa5: both Helm deploys, 300 s each).
      '- name: kube-controller-manager',
      '  extraArgs:',
      '  - key: leader-elect',
      '    value: "false"',
      '- name: kube-scheduler',
      '  extraArgs:',
      '  - key: leader-elect',
      '    value: "false"',
      '',
    ].join('\n'),
  )
  const kubeconfig = path.join(dir, 'kubeconfig')
  const env = { PATH: `${KUBE_BIN}${path.delimiter}${process.env.PATH ?? ''}`, HOME: os.homedir(), KWOK_WORKDIR: path.join(dir, 'kwok') }
  const kwokctl = (args: string[]): Promise<StepResult> => spawnCollect(bin('kwokctl'), ['--name', name, ...args], dir, env)
  await must(kwokctl(['create', 'cluster', '--config', config, '--kubeconfig', kubeconfig, '--wait', '3m']), 'kwokctl create cluster')
  await must(kwokctl(['scale', 'node', '--replicas', '2', '--param', '.nodeIPs=["127.0.0.1"]']), 'kwokctl scale node')
  const helmEnv = {
    HELM_CACHE_HOME: path.join(dir, 'helm', 'cache'),
    HELM_CONFIG_HOME: path.join(dir, 'helm', 'config'),
    HELM_DATA_HOME: path.join(dir, 'helm', 'data'),
  }
  return {
    kubeconfig,
    kubeconfigText: readFileSync(kubeconfig, 'utf8'),
    helmEnv,
    kubectl: args => spawnCollect(bin('kubectl'), ['--kubeconfig', kubeconfig, ...args], dir, env),
    helm: args => spawnCollect(bin('helm'), ['--kubeconfig', kubeconfig, ...args], dir, { ...env, ...helmEnv }),
    async close() {
      await kwokctl(['delete', 'cluster'])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
