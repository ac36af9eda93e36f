/**
 * The deploy targets: the deploy job of cd.yml and the files it deploys (Kubernetes manifests, a Helm
 * chart, a hardened systemd unit). Every target deploys what the pipeline made, by digest or checksum.
 */
import type { Job, Step } from './model.js'
import { PINS } from './pins.js'
import { binariesJob, type Plan } from './plan.js'
import { checkout, header, RUNNER } from './steps.js'
import { renderData } from './yaml.js'

export interface DeployFile {
  readonly path: string
  readonly content: string
}

const KUBE_DIGEST_GUARD = 'case "$IMAGE" in *@sha256:*) ;; *) echo "::error::the publish job gave no image digest: \'$IMAGE\'"; exit 1 ;; esac'

export function deployJob(p: Plan): Job | undefined {
  const { o, facts, app } = p
  if (o.deploy === 'none') return undefined
  const base = {
    id: 'deploy',
    name: `Deploy to production (${o.deploy})`,
    if: `github.ref == 'refs/heads/${facts.defaultBranch}'`,
    runsOn: RUNNER,
    timeoutMinutes: 20,
    environment: 'production',
    concurrency: { group: 'deploy-production', cancelInProgress: false, comment: 'One deploy at a time, and never cancelled half-way.' },
    permissions: { contents: { value: 'read' } },
  } as const
  if (o.deploy === 'kubernetes' || o.deploy === 'helm') {
    const commands =
      o.deploy === 'kubernetes'
        ? [
            '# shellcheck disable=SC2016 # envsubst takes the variable names literally',
            "envsubst '$IMAGE' < deploy/kubernetes/deployment.yaml | kubectl apply -f -",
            'kubectl apply -f deploy/kubernetes/service.yaml',
            `kubectl rollout status deployment/${app} --timeout=5m`,
          ]
        : [
            `helm upgrade --install ${app} deploy/helm/${app} --wait --atomic --timeout 5m \\`,
            '  --set-string image.repository="${IMAGE%@*}" --set-string image.digest="${IMAGE#*@}"',
          ]
    return {
      ...base,
      needs: ['publish'],
      steps: [
        checkout(),
        {
          name: `${o.deploy === 'kubernetes' ? 'Apply the manifests' : 'Upgrade the release'} with the image by digest`,
          env: { KUBECONFIG_DATA: '${{ secrets.KUBECONFIG }}', IMAGE: '${{ needs.publish.outputs.image }}' },
          run: [
            KUBE_DIGEST_GUARD,
            'umask 077',
            'export KUBECONFIG="$RUNNER_TEMP/kubeconfig"',
            'printf \'%s\' "$KUBECONFIG_DATA" > "$KUBECONFIG"',
            ...commands,
            '',
          ].join('\n'),
        },
      ],
    }
  }
  const name = p.program?.name ?? app
  const script: Step = {
    name: 'Copy the checked binary, install the unit, restart, check health',
    env: {
      SSH_KEY: '${{ secrets.DEPLOY_SSH_KEY }}',
      KNOWN_HOSTS: '${{ secrets.DEPLOY_KNOWN_HOSTS }}',
      DEPLOY_HOST: '${{ vars.DEPLOY_HOST }}',
      DEPLOY_USER: '${{ vars.DEPLOY_USER }}',
      DEPLOY_PORT: '${{ vars.DEPLOY_PORT }}',
    },
    run: [...sshDeployScript(name, p.o.port, p.o.healthPath), ''].join('\n'),
  }
  return {
    ...base,
    needs: [binariesJob(p)],
    steps: [checkout(), { uses: PINS.downloadArtifact, with: { name: 'binaries', path: 'dist' } }, script],
  }
}

/**
 * The ssh deploy: the linux/amd64 binary checked against checksums.txt here and again on the host
 * (nothing is installed when either check fails), the unit installed, the service restarted, and its
 * health endpoint asked until it answers.
 */
export function sshDeployScript(name: string, port: number, healthPath: string): string[] {
  const remote = [
    'set -eu',
    `echo "$1  /tmp/${name}" | sha256sum -c -`,
    `sudo install -m 0755 /tmp/${name} /usr/local/bin/${name}`,
    `sudo install -m 0644 /tmp/${name}.service /etc/systemd/system/${name}.service`,
    'sudo systemctl daemon-reload',
    `sudo systemctl restart ${name}`,
    'for _ in $(seq 1 30); do',
    `  if curl -fsS http://127.0.0.1:${port}${healthPath} >/dev/null; then exit 0; fi`,
    '  sleep 2',
    'done',
    `echo "${name} did not answer on ${healthPath}" >&2`,
    'exit 1',
  ]
  return [
    'umask 077',
    'printf \'%s\\n\' "$SSH_KEY" > "$RUNNER_TEMP/deploy_key"',
    'printf \'%s\\n\' "$KNOWN_HOSTS" > "$RUNNER_TEMP/known_hosts"',
    'ssh_opts=(-i "$RUNNER_TEMP/deploy_key" -o UserKnownHostsFile="$RUNNER_TEMP/known_hosts" -o StrictHostKeyChecking=yes -o BatchMode=yes -o Port="${DEPLOY_PORT:-22}")',
    `sum=$(awk '$2 == "linux_amd64/${name}" { print $1 }' dist/checksums.txt)`,
    `echo "$sum  dist/linux_amd64/${name}" | sha256sum -c -`,
    `scp "\${ssh_opts[@]}" dist/linux_amd64/${name} deploy/systemd/${name}.service "$DEPLOY_USER@$DEPLOY_HOST:/tmp/"`,
    `ssh "\${ssh_opts[@]}" "$DEPLOY_USER@$DEPLOY_HOST" sh -s -- "$sum" <<'REMOTE'`,
    ...remote,
    'REMOTE',
  ]
}

function labels(p: Plan): Record<string, string> {
  return { 'app.kubernetes.io/name': p.app }
}

/** The Deployment; `image` and `replicas` are values, or (for the chart) markers for template text. */
function deployment(p: Plan, image: string, replicas: number | string): unknown {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: p.app, labels: labels(p) },
    spec: {
      replicas,
      selector: { matchLabels: labels(p) },
      template: {
        metadata: { labels: labels(p) },
        spec: {
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: p.app,
              image,
              ports: [{ name: 'http', containerPort: p.o.port }],
              readinessProbe: { httpGet: { path: p.o.healthPath, port: 'http' }, periodSeconds: 5 },
              livenessProbe: { httpGet: { path: p.o.healthPath, port: 'http' }, initialDelaySeconds: 5, periodSeconds: 10 },
              resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '256Mi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
            },
          ],
        },
      },
    },
  }
}

function service(p: Plan, port: number | string): unknown {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: p.app, labels: labels(p) },
    spec: { type: 'ClusterIP', selector: labels(p), ports: [{ name: 'http', port, targetPort: 'http' }] },
  }
}

/**
 * Helm template text is not YAML until rendered (`replicas: {{ … }}` must stay unquoted to render as a
 * number), so the chart's templates are rendered as data with markers, then the markers replaced.
 */
const HELM = {
  replicas: ['__HELM_REPLICAS__', '{{ .Values.replicaCount }}'],
  image: ['__HELM_IMAGE__', '"{{ .Values.image.repository }}@{{ required `image.digest is set by the deploy job` .Values.image.digest }}"'],
  port: ['__HELM_PORT__', '{{ .Values.service.port }}'],
} as const

function helmTemplate(text: string): string {
  return Object.values(HELM).reduce((t, [marker, expr]) => t.split(marker).join(expr), text)
}

export function deployFiles(p: Plan): DeployFile[] {
  const head = header(p.command)
  if (p.o.deploy === 'kubernetes') {
    return [
      {
        path: 'deploy/kubernetes/deployment.yaml',
        content: renderData([...head, '', 'The deploy job replaces ${IMAGE} with the image by digest (envsubst).'], deployment(p, '${IMAGE}', 2)),
      },
      { path: 'deploy/kubernetes/service.yaml', content: renderData(head, service(p, 80)) },
    ]
  }
  if (p.o.deploy === 'helm') {
    const dir = `deploy/helm/${p.app}`
    return [
      {
        path: `${dir}/Chart.yaml`,
        content: renderData(head, {
          apiVersion: 'v2',
          name: p.app,
          description: `${p.app}, deployed by go-pipeline with the image by digest`,
          type: 'application',
          version: '0.1.0',
          appVersion: '1',
        }),
      },
      {
        path: `${dir}/values.yaml`,
        content: renderData(head, { replicaCount: 2, image: { repository: p.o.image?.name ?? '', digest: '' }, service: { port: 80 } }).replace(
          /^(\s*)digest:.*$/m,
          '$1# Set by the deploy job: sha256:…\n$1digest: ""',
        ),
      },
      {
        path: `${dir}/templates/deployment.yaml`,
        content: helmTemplate(
          renderData([...head, '', 'The deploy job sets image.repository and image.digest.'], deployment(p, HELM.image[0], HELM.replicas[0])),
        ),
      },
      { path: `${dir}/templates/service.yaml`, content: helmTemplate(renderData(head, service(p, HELM.port[0]))) },
    ]
  }
  if (p.o.deploy === 'ssh') return [{ path: `deploy/systemd/${p.program?.name ?? p.app}.service`, content: systemdUnit(p) }]
  return []
}

function systemdUnit(p: Plan): string {
  const name = p.program?.name ?? p.app
  return [
    ...header(p.command).map(l => `# ${l}`),
    '[Unit]',
    `Description=${name} (deployed by go-pipeline)`,
    'After=network-online.target',
    'Wants=network-online.target',
    '',
    '[Service]',
    `ExecStart=/usr/local/bin/${name}`,
    'Restart=on-failure',
    'RestartSec=2',
    'DynamicUser=yes',
    'NoNewPrivileges=yes',
    'ProtectSystem=strict',
    'ProtectHome=yes',
    'PrivateTmp=yes',
    'PrivateDevices=yes',
    'ProtectKernelTunables=yes',
    'ProtectKernelModules=yes',
    'ProtectKernelLogs=yes',
    'ProtectControlGroups=yes',
    'ProtectClock=yes',
    'ProtectHostname=yes',
    'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX',
    'RestrictNamespaces=yes',
    'RestrictRealtime=yes',
    'RestrictSUIDSGID=yes',
    'LockPersonality=yes',
    'MemoryDenyWriteExecute=yes',
    'SystemCallArchitectures=native',
    'SystemCallFilter=@system-service',
    'SystemCallFilter=~@privileged @resources',
    'CapabilityBoundingSet=',
    'AmbientCapabilities=',
    'UMask=0077',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n')
}
