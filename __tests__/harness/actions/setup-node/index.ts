import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import * as core from '@actions/core'

const file = core.getInput('node-version-file')
const wanted = core.getInput('node-version') || (file ? readFileSync(path.join(process.env.GITHUB_WORKSPACE ?? '.', file), 'utf8').trim() : '')
const major = /^v?(\d+)/.exec(wanted)?.[1]
const have = process.versions.node.split('.')[0]
if (major === undefined) {
  core.setFailed(`node-version(-file) gives no version: ${JSON.stringify(wanted)}`)
} else if (major !== have) {
  core.setFailed(`the job's Node is ${process.versions.node}; the workflow asks for ${wanted} (the stand-in installs nothing)`)
} else {
  core.addPath(path.dirname(process.execPath))
  core.info(`Node ${process.versions.node} (asked: ${wanted})`)
  const registry = core.getInput('registry-url')
  if (registry !== '') {
    // As setup-node's authutil writes it: the token is read from NODE_AUTH_TOKEN when npm runs.
    const url = new URL(registry.endsWith('/') ? registry : `${registry}/`)
    const npmrc = path.join(process.env.RUNNER_TEMP ?? '.', '.npmrc')
    writeFileSync(npmrc, `//${url.host}${url.pathname}:_authToken=\${NODE_AUTH_TOKEN}\nregistry=${url.href}\n`)
    core.exportVariable('NPM_CONFIG_USERCONFIG', npmrc)
    core.exportVariable('NODE_AUTH_TOKEN', 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX')
    core.info(`registry ${url.href} in ${npmrc}`)
  }
}
