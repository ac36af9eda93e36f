/**
 * The environment every child process gets: what a plain `run:` step would see, and nothing of the
 * action's own. The code under test (go test, go vet, golangci-lint, go build) is untrusted: it must
 * not read the action's inputs (registry password, token), the runner's internal tokens (cache and
 * OIDC), or the step's file commands (writing GITHUB_OUTPUT or GITHUB_STATE would forge this action's
 * outputs or post's state). docker gets less still: only what docker itself reads.
 */

/** Names that belong to the action or the runner, never to a child. */
const ACTION_ONLY: readonly RegExp[] = [
  /^INPUT_/i, // the action's inputs (registry-password, github-token, …)
  /^STATE_/i, // post's state
  /^ACTIONS_RUNTIME_(TOKEN|URL)$/i, // the runner's service token (cache, artifacts)
  /^ACTIONS_RESULTS_URL$/i,
  /^ACTIONS_CACHE_(URL|SERVICE_V2)$/i,
  /^ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)$/i, // OIDC: mint tokens for this workflow
  /^GITHUB_(STATE|OUTPUT|ENV|PATH|STEP_SUMMARY)$/i, // this step's file commands
  /^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN)$/i,
]

/** What docker (and buildx) read: its own settings, where it keeps things, proxies, the OS basics. */
const DOCKER_READS: readonly RegExp[] = [
  /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|TZ|TERM)$/i,
  /^LC_/i,
  /^(TMPDIR|TMP|TEMP)$/i,
  /^XDG_/i,
  /^(DOCKER|BUILDX|BUILDKIT)_/i,
  /^(HTTP|HTTPS|NO|ALL)_PROXY$/i,
  /^SSL_CERT_(FILE|DIR)$/i,
  // Windows basics.
  /^(SYSTEMROOT|SYSTEMDRIVE|WINDIR|COMSPEC|PATHEXT|USERPROFILE|APPDATA|LOCALAPPDATA|PROGRAMDATA|PROGRAMFILES)$/i,
]

export type ChildKind = 'tool' | 'docker'

/** Which rule a command gets: docker's for docker, the plain-step rule for everything else. */
export function childKind(command: string): ChildKind {
  const base = command.split(/[\\/]/).pop()?.toLowerCase() ?? ''
  return base === 'docker' || base === 'docker.exe' ? 'docker' : 'tool'
}

/**
 * The child's whole environment: the parent's, filtered by the rule for its kind, plus `extra`
 * (what the stage sets on purpose, e.g. GOOS or CGO_ENABLED), which the rule does not filter.
 */
export function childEnvironment(
  parent: Readonly<Record<string, string | undefined>>,
  kind: ChildKind,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue
    if (ACTION_ONLY.some(r => r.test(name))) continue
    if (kind === 'docker' && !DOCKER_READS.some(r => r.test(name))) continue
    env[name] = value
  }
  return { ...env, ...extra }
}
