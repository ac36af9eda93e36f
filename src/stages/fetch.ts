/**
 * fetch: `go mod download` in every module before any stage runs the repository's code, when private
 * modules are configured (private-modules-token, or GOPRIVATE from the goprivate input or the job).
 *
 * The token is for `go` only. It is written to two files in a fresh private folder under RUNNER_TEMP: a
 * .netrc (NETRC: what the go command's own HTTPS requests use, e.g. go-import lookups and a private
 * proxy, through GOAUTH's default `netrc`) and a git credential file (read by git's `store` helper,
 * added through GIT_CONFIG_* for this command alone: what `git` uses when go fetches a module
 * directly). Only this command's environment names them, and the folder is removed as soon as the
 * download ends (and again in post if main dies first). The checks, tests and builds that run after
 * find every module in the module cache and need no credential; they never see the token, the files
 * or their paths.
 */
import { UserError } from '../errors.js'
import { requireGo, type Context } from '../pipeline/context.js'
import type { Stage } from '../pipeline/stage.js'
import { plural } from '../text.js'
import { goTool, modules } from './common.js'
import { goSettings } from './setup.js'

/** The user name GitHub accepts with any token over HTTPS. */
const TOKEN_USER = 'x-access-token'

export const fetchModules: Stage = {
  id: 'fetch',
  title: () => 'Fetching modules (private modules configured)',
  skip(ctx) {
    if (ctx.facts.go === undefined) return 'no selected stage runs Go'
    if (ctx.config.stages.length === 1) return 'only setup runs'
    if (ctx.config.privateModulesToken === '' && goPrivate(ctx) === '') return 'no private modules configured (goprivate, private-modules-token)'
    return undefined
  },
  async run(ctx) {
    const go = goTool(ctx, requireGo(ctx).goroot, 'go')
    const token = ctx.config.privateModulesToken
    const server = new URL(ctx.run.serverUrl ?? 'https://github.com')
    const folder = token === '' ? undefined : await ctx.host.files.makeTempDir(ctx.host.tempDir, 'go-pipeline-credentials-')
    try {
      const env = folder === undefined ? {} : await credentials(ctx, folder, server, token)
      const mods = await modules(ctx)
      for (const mod of mods) {
        const r = await ctx.host.exec.run(go, ['mod', 'download'], { cwd: mod.dir, env, silent: true, timeoutMs: 15 * 60_000 })
        if (r.code !== 0) throw fetchFailed(ctx, mod.repoRel, `${r.stderr}\n${r.stdout}`, server, token)
      }
      const how = token === '' ? 'with the job’s own credentials' : `with private-modules-token for ${server.host}`
      return `go mod download in ${plural(mods.length, 'module')}, ${how} (GOPRIVATE=${goPrivate(ctx) || 'unset'})`
    } finally {
      if (folder !== undefined) await ctx.host.files.remove(folder)
    }
  },
}

/** GOPRIVATE as the go commands of this run see it. */
function goPrivate(ctx: Context): string {
  return goSettings(ctx).GOPRIVATE ?? ctx.host.env.get('GOPRIVATE') ?? ''
}

/** Writes the two credential files and returns the environment that points `go` and `git` at them. */
async function credentials(ctx: Context, folder: string, server: URL, token: string): Promise<Record<string, string>> {
  ctx.host.cleanups.register({ kind: 'remove', path: folder })
  const netrc = `${folder}/netrc`
  const store = `${folder}/git-credentials`
  await ctx.host.files.writeText(netrc, `machine ${server.hostname} login ${TOKEN_USER} password ${token}\n`)
  await ctx.host.files.writeText(store, `${server.protocol}//${TOKEN_USER}:${encodeURIComponent(token)}@${server.host}\n`)
  // Appended to whatever GIT_CONFIG_* the job already sets (command-scope config, for this command only).
  const count = Number.parseInt(ctx.host.env.get('GIT_CONFIG_COUNT') ?? '0', 10) || 0
  return {
    NETRC: netrc,
    GIT_CONFIG_COUNT: String(count + 1),
    [`GIT_CONFIG_KEY_${count}`]: 'credential.helper',
    [`GIT_CONFIG_VALUE_${count}`]: `store --file=${store}`,
    GIT_TERMINAL_PROMPT: '0',
  }
}

function fetchFailed(ctx: Context, where: string, output: string, server: URL, token: string): UserError {
  const said = (token === '' ? output : output.split(token).join('***'))
    .split('\n')
    .map(l => l.trim())
    .filter(l => l !== '')
    .slice(-6)
    .join('\n  ')
  const owner = ctx.run.repository?.split('/')[0] ?? '<owner>'
  const hint =
    token === ''
      ? `A private module needs credentials: set private-modules-token to a token that can read its repository on ${server.host} ` +
        `(and goprivate to its module paths, e.g. ${server.hostname}/${owner}/*).`
      : `private-modules-token was given for ${server.host}: check that it can read the module's repository there, and that goprivate ` +
        `(GOPRIVATE=${goPrivate(ctx) || 'unset'}) covers the module's path.`
  return new UserError(`go mod download failed in ${where}:\n  ${said}\n${hint}`)
}
