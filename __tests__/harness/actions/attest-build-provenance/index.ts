import { appendFileSync } from 'node:fs'
import * as core from '@actions/core'

const subject = {
  name: core.getInput('subject-name'),
  digest: core.getInput('subject-digest'),
  path: core.getInput('subject-path'),
  push: core.getInput('push-to-registry'),
}
if (subject.path === '' && !/^sha256:[0-9a-f]{64}$/.test(subject.digest)) {
  core.setFailed(`subject-digest must be sha256:<64 hex>, got ${JSON.stringify(subject.digest)}`)
} else {
  // The real action needs these to sign (OIDC) and store the attestation.
  for (const name of ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
    if (!process.env[name]) core.info(`(act gives no ${name}; the stand-in only records the subject)`)
  if (process.env.GP_ATTEST_LOG)
    appendFileSync(process.env.GP_ATTEST_LOG, `${JSON.stringify({ ...subject, repository: process.env.GITHUB_REPOSITORY, ref: process.env.GITHUB_REF })}\n`)
  core.info(`Attested ${subject.name}@${subject.digest}`)
}
