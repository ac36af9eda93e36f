import * as path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'

const client = new DefaultArtifactClient()
const name = core.getInput('name')
const pattern = core.getInput('pattern')
const dest = path.resolve(process.env.GITHUB_WORKSPACE ?? '.', core.getInput('path'))
// As v8: one artifact by name into path; by pattern (a glob, * only), each artifact into path/<its name>.
const glob = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
const artifacts =
  name !== '' ? [(await client.getArtifact(name)).artifact] : (await client.listArtifacts({ latest: true })).artifacts.filter(a => glob.test(a.name))
for (const artifact of artifacts) {
  const to = name !== '' ? dest : path.join(dest, artifact.name)
  const r = await client.downloadArtifact(artifact.id, { path: to, expectedHash: artifact.digest })
  if (r.digestMismatch) core.setFailed(`The digest of ${artifact.name} does not match what was uploaded`)
  else core.info(`Downloaded ${artifact.name} (id ${artifact.id}) to ${to}`)
}
if (name === '') core.info(`${artifacts.length} artifacts matched ${pattern}`)
core.setOutput('download-path', dest)
