#!/usr/bin/env node
// The release of a tag: `node scripts/release-notes.mjs v1.2.3` prints CHANGELOG.md's section for 1.2.3
// (the GitHub release's notes). It fails, with a workflow error, when the tag is not vX.Y.Z, is not
// package.json's version, or CHANGELOG.md has no section for it: the changelog is kept, or nothing ships.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as path from 'node:path'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const fail = message => {
  console.error(`::error::${message}`)
  process.exit(1)
}
const tag = process.argv[2] ?? ''
const version = /^v(\d+\.\d+\.\d+)$/.exec(tag)?.[1]
if (version === undefined) fail(`release tag "${tag}" is not vX.Y.Z`)
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
if (pkg.version !== version) fail(`release tag ${tag} is not package.json's version (${pkg.version}): bump it first`)
const lines = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8').split('\n')
const start = lines.findIndex(l => l.startsWith(`## ${version}`) && (l.length === 3 + version.length || /\s/.test(l[3 + version.length])))
if (start < 0) fail(`CHANGELOG.md has no "## ${version}" section: write what ${tag} changes first`)
const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
const notes = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .join('\n')
  .trim()
if (notes === '') fail(`CHANGELOG.md's "## ${version}" section is empty`)
process.stdout.write(`${notes}\n`)
