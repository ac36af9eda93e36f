/**
 * The main job on the example project, through the committed bundle, as a GitHub runner would run it:
 *   - uses: org/go-pipeline@v1   (with: working-directory, go-version-file: go.mod)
 *   - run: go version && go test ./...
 * GitHub's services are loopback stand-ins (the Go download site serves this machine's own Go).
 */
import * as path from 'node:path'
import { ensureGoArchive, startGoMirror } from '../__tests__/harness/go-mirror.js'
import { bundleNode } from '../__tests__/harness/node.js'
import { Job } from '../__tests__/harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../__tests__/harness/workspace.js'

function show(title: string, text: string): void {
  const lines = text.split('\n').filter(l => !l.startsWith('::debug::') && l.trim() !== '')
  console.log(`\n===== ${title}\n${lines.join('\n')}`)
}

async function main(): Promise<number> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  try {
    const workspace = copyWorkspace(path.dirname(EXAMPLE), 'gp-example-')
    const job = new Job({ workspace, node: bundleNode() })
    const inputs = {
      'working-directory': 'hello-service',
      'go-version-file': 'go.mod',
      'go-download-base-url': mirror.url,
    }
    console.log(`workspace ${workspace}\nstep: uses go-pipeline with ${JSON.stringify(inputs)}`)
    const main = await job.main(inputs)
    show(`go-pipeline (main) exit ${main.exitCode} in ${main.seconds.toFixed(2)} s`, main.stdout)
    show('outputs', JSON.stringify(main.outputs, null, 2))
    const step = await job.run('bash', ['-c', 'cd hello-service && go version && go test ./...'])
    show(`run: go version && go test ./... (exit ${step.code})`, step.stdout + step.stderr)
    const posts = await job.post()
    for (const p of posts) show(`go-pipeline (post) exit ${p.exitCode}`, p.stdout)
    console.log(`\n===== job summary\n${main.summary}`)
    return main.exitCode === 0 && step.code === 0 && posts.every(p => p.exitCode === 0) ? 0 : 1
  } finally {
    await mirror.close()
  }
}

process.exitCode = await main()
