/** Which node runs the bundle in e2e tests: GO_PIPELINE_NODE (e.g. the Node 24 from npm), else this one. */
export function bundleNode(): string {
  return process.env.GO_PIPELINE_NODE || process.execPath
}
