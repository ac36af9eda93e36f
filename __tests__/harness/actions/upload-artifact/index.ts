import { readdirSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'

function files(root: string): string[] {
  if (!statSync(root, { throwIfNoEntry: false })) return []
  if (statSync(root).isFile()) return [root]
  return readdirSync(root, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? files(path.join(root, e.name)) : [path.join(root, e.name)]))
}

const name = core.getInput('name')
const target = path.resolve(process.env.GITHUB_WORKSPACE ?? '.', core.getInput('path'))
const found = files(target)
if (found.length === 0) {
  const message = `No files were found with the provided path: ${core.getInput('path')}. No artifacts will be uploaded.`
  if (core.getInput('if-no-files-found') === 'error') core.setFailed(message)
  else core.warning(message)
} else {
  const root = statSync(target).isDirectory() ? target : path.dirname(target)
  const r = await new DefaultArtifactClient().uploadArtifact(name, found, root)
  core.info(`Uploaded ${found.length} files as ${name} (id ${r.id}, ${r.size} bytes, digest ${r.digest})`)
  core.setOutput('artifact-id', String(r.id))
  core.setOutput('artifact-digest', r.digest ?? '')
}
