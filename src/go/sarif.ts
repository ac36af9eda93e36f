/**
 * Findings as one SARIF 2.1.0 log, for github/codeql-action/upload-sarif (code scanning shows every one,
 * where annotations stop at 10): a run per analyzer (go vet, golangci-lint), a rule per vet analyzer or
 * linter with a stable id (`vet/printf`, `golangci-lint/errcheck`), each result at its repository-relative
 * file (%SRCROOT%), line and column. Pure.
 */
import type * as Sarif from 'sarif'

export interface SarifFinding {
  /** Repository-relative, `/`-separated. */
  readonly file: string
  readonly line: number
  readonly col?: number
  readonly message: string
  /** The analyzer or linter. */
  readonly source?: string
}

export interface SarifTool {
  /** The driver's name, and the rule ids' prefix. */
  readonly name: string
  readonly id: string
  readonly version: string
  readonly informationUri: string
  /** Where a rule is documented, from its name. */
  readonly ruleHelp: (rule: string) => string
  readonly findings: readonly SarifFinding[]
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** A repository-relative path as a URI reference: each segment percent-encoded. */
export function uriOf(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map(s => encodeURIComponent(s))
    .join('/')
}

function run(tool: SarifTool): Sarif.Run {
  const ruleNames = [...new Set(tool.findings.map(f => f.source || 'unknown'))].sort()
  const results: Sarif.Result[] = tool.findings.map(f => {
    const rule = f.source || 'unknown'
    return {
      ruleId: `${tool.id}/${rule}`,
      ruleIndex: ruleNames.indexOf(rule),
      level: 'error',
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: Math.max(1, f.line), ...(f.col !== undefined && f.col > 0 ? { startColumn: f.col } : {}) },
          },
        },
      ],
    }
  })
  return {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        informationUri: tool.informationUri,
        rules: ruleNames.map(r => ({ id: `${tool.id}/${r}`, name: r, shortDescription: { text: `${tool.name}: ${r}` }, helpUri: tool.ruleHelp(r) })),
      },
    },
    columnKind: 'unicodeCodePoints',
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
    results,
  }
}

export function sarifLog(tools: readonly SarifTool[]): Sarif.Log {
  return { $schema: SCHEMA, version: '2.1.0', runs: tools.map(run) }
}

/** go vet: its analyzers are documented in the analysis passes' packages. */
export function vetTool(goVersion: string, findings: readonly SarifFinding[]): SarifTool {
  return {
    name: 'go vet',
    id: 'vet',
    version: goVersion,
    informationUri: 'https://pkg.go.dev/cmd/vet',
    ruleHelp: r => `https://pkg.go.dev/golang.org/x/tools/go/analysis/passes/${encodeURIComponent(r)}`,
    findings,
  }
}

export function lintTool(version: string, findings: readonly SarifFinding[]): SarifTool {
  return {
    name: 'golangci-lint',
    id: 'golangci-lint',
    version: version.replace(/^v/, ''),
    informationUri: 'https://golangci-lint.run',
    ruleHelp: r => `https://golangci-lint.run/docs/linters/configuration/#${encodeURIComponent(r)}`,
    findings,
  }
}
