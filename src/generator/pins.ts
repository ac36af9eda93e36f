/**
 * The one table of third-party actions the generated workflows use, each pinned to a full commit SHA
 * with its release in a comment (what Dependabot reads to propose updates). Change a pin here only.
 * Checked against the actions' own repositories on 2026-11-21: each runs on node24 (or is composite).
 */
export interface Pin {
  readonly repo: string
  readonly sha: string
  readonly version: string
}

export const PINS = {
  checkout: { repo: 'actions/checkout', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', version: 'v7.0.1' },
  uploadArtifact: { repo: 'actions/upload-artifact', sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
  downloadArtifact: { repo: 'actions/download-artifact', sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', version: 'v8.0.1' },
  // Composite over actions/attest v4.1.0.
  attestBuildProvenance: { repo: 'actions/attest-build-provenance', sha: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32', version: 'v4.1.0' },
} as const satisfies Record<string, Pin>

/** actions/setup-node for the project's own workflows (.github/workflows), not the generated ones. */
export const SETUP_NODE: Pin = { repo: 'actions/setup-node', sha: '820762786026740c76f36085b0efc47a31fe5020', version: 'v7.0.0' }

/** The `uses:` value and its comment: owner/repo@<sha> # vX.Y.Z */
export function uses(pin: Pin): string {
  return `${pin.repo}@${pin.sha} # ${pin.version}`
}
