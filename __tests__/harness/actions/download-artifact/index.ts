import * as path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'

const client = new DefaultArtifactClient()
const name = core.getInput('name')
const dest = path.resolve(process.env.GITHUB_WORKSPACE ?? '.', core.getInput('path'))
const { artifact } = await client.getArtifact(name)
const r = await client.downloadArtifact(artifact.id, { path: dest, expectedHash: artifact.digest })
if (r.digestMismatch) core.setFailed(`The digest of ${name} does not match what was uploaded`)
else core.info(`Downloaded ${name} (id ${artifact.id}) to ${dest}`)
core.setOutput('download-path', dest)
