/**
 * The main job on the example project, through the committed bundle, as a GitHub runner would run it
 * on a push of tag v1.0.0 to main:
 *   - uses: org/go-pipeline@v1   (with: working-directory, go-version-file: go.mod, version-package)
 *   - run: ./hello-service/dist/linux_amd64/hello -version
 * GitHub's services are loopback stand-ins: go.dev/dl serves this machine's own Go as a release
 * archive, and golangci-lint's releases serve the one scripts/setup.sh built. The image goes to a real
 * registry (docker-registry) through real docker buildx and BuildKit on 127.0.0.1; its base image is
 * built and pushed there first, since nothing can be pulled from outside.
 */
import * as path from 'node:path'
import { commitAll } from '../__tests__/harness/git.js'
import { ensureGoArchive, startGoMirror } from '../__tests__/harness/go-mirror.js'
import { createRemoteBuilder, dockerConfig, pushBaseImage, startBuildkit, startRegistry } from '../__tests__/harness/image-infra.js'
import { ensureLintRelease, startLintReleases } from '../__tests__/harness/lint-release.js'
import { bundleNode } from '../__tests__/harness/node.js'
import { Job } from '../__tests__/harness/runner.js'
import { copyWorkspace, EXAMPLE, HARNESS_CACHE } from '../__tests__/harness/workspace.js'

function show(title: string, text: string): void {
  const lines = text.split('\n').filter(l => !l.startsWith('::debug::') && l.trim() !== '')
  console.log(`\n===== ${title}\n${lines.join('\n')}`)
}

async function main(): Promise<number> {
  const mirror = await startGoMirror(ensureGoArchive(path.join(HARNESS_CACHE, 'go')))
  const releases = await startLintReleases(ensureLintRelease(path.join(HARNESS_CACHE, 'golangci-lint')))
  const registry = await startRegistry()
  const buildkit = await startBuildkit(registry.host)
  try {
    // The runner's ~/.docker with a buildx builder, as a setup-buildx step would leave it.
    const docker = dockerConfig()
    await createRemoteBuilder(docker, 'builder', buildkit.socket, true)
    const base = await pushBaseImage(docker, 'builder', registry)
    const workspace = copyWorkspace(path.dirname(EXAMPLE), 'gp-example-')
    const sha = commitAll(workspace, 'v1.0.0')
    const job = new Job({ workspace, node: bundleNode(), event: { name: 'push', ref: 'refs/tags/v1.0.0', sha }, env: { DOCKER_CONFIG: docker } })
    const inputs = {
      'working-directory': 'hello-service',
      'go-version-file': 'go.mod',
      'version-package': 'example.com/hello-service/internal/version',
      'go-download-base-url': mirror.url,
      'golangci-lint-base-url': releases.url,
      image: `${registry.host}/acme/hello-service`,
      'base-image': base,
      'registry-username': registry.user,
      'registry-password': registry.password,
    }
    console.log(`workspace ${workspace}\nstep: uses go-pipeline with ${JSON.stringify(inputs, null, 2)}`)
    const main = await job.main(inputs)
    show(`go-pipeline (main) exit ${main.exitCode} in ${main.seconds.toFixed(2)} s`, main.stdout)
    show('outputs', JSON.stringify(main.outputs, null, 2))
    const step = await job.run('bash', ['-c', 'go version && ./hello-service/dist/linux_amd64/hello -version'])
    show(`run: go version && ./hello-service/dist/linux_amd64/hello -version (exit ${step.code})`, step.stdout + step.stderr)
    const posts = await job.post()
    for (const p of posts) show(`go-pipeline (post) exit ${p.exitCode}`, p.stdout)
    console.log(`\n===== job summary\n${main.summary}`)
    return main.exitCode === 0 && step.code === 0 && posts.every(p => p.exitCode === 0) ? 0 : 1
  } finally {
    await mirror.close()
    await releases.close()
    await buildkit.close()
    await registry.close()
  }
}

process.exitCode = await main()
