/**
 * The one table of third-party actions the generated workflows use, each pinned to a full commit SHA
 * with its release in a comment (what Dependabot reads to propose updates). Change a pin here only.
 */
export interface Pin {
  readonly repo: string
  readonly sha: string
  readonly version: string
}

export const PINS = {
  checkout: { repo: 'actions/checkout', sha: '08c6903cd8c0fde910a37f88322edcfb5dd907a8', version: 'v5.0.0' },
  uploadArtifact: { repo: 'actions/upload-artifact', sha: 'ea165f8d65b6e75b540449e92b4886f43607fa02', version: 'v4.6.2' },
  downloadArtifact: { repo: 'actions/download-artifact', sha: 'd3f86a106a0bac45b974a628896c90dbdf5c8093', version: 'v4.3.0' },
  attestBuildProvenance: { repo: 'actions/attest-build-provenance', sha: 'e8998f949152b193b063cb0ec769d69d929409be', version: 'v2.4.0' },
} as const satisfies Record<string, Pin>

/** The `uses:` value and its comment: owner/repo@<sha> # vX.Y.Z */
export function uses(pin: Pin): string {
  return `${pin.repo}@${pin.sha} # ${pin.version}`
}
