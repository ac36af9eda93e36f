#!/usr/bin/env node
import { cli } from '../cli/cli.js'
import { localHost } from '../ports/local.js'
import { nodeGeneratorIO } from '../ports/node-generator.js'

process.exitCode = await cli(process.argv.slice(2), {
  out: process.stdout,
  err: process.stderr,
  cwd: process.cwd(),
  host: () => localHost(),
  generator: () => nodeGeneratorIO(),
})
