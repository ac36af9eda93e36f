/**
 * Makes, once before the end-to-end tests run (in parallel), what the harness keeps between runs (and
 * checkouts) in HARNESS_CACHE: the Go release archive, the golangci-lint release, the test CA and certificate, and
 * the bundled stand-in actions. Test files then only read them, never race to write them.
 */
import * as path from 'node:path'
import { standIns } from './act.js'
import { ensureGoArchive } from './go-mirror.js'
import { ensureCertificates } from './intercept.js'
import { ensureLintRelease } from './lint-release.js'
import { HARNESS_CACHE } from './workspace.js'

ensureGoArchive(path.join(HARNESS_CACHE, 'go'))
ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint'))
ensureCertificates(path.join(HARNESS_CACHE, 'tls'))
standIns()
console.log('harness: Go archive, golangci-lint release, test certificates and stand-in actions ready')
