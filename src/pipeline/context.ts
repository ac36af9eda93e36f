/** What stages share: the config, the host's ports, the run's context and facts earlier stages established. */
import type { CoverageDelta } from '../cache/coverage-baseline.js'
import type { ChangedLines } from '../changes.js'
import type { Config } from '../config/config.js'
import type { ChangedCoverage, CoverageTotals } from '../go/coverage.js'
import type { MainPackage } from '../go/mains.js'
import type { ModuleInfo } from '../go/modules.js'
import type { TestStatus } from '../go/testevents.js'
import type { FoundVuln, IgnoreVerdict } from '../go/vuln.js'
import type { Host } from '../ports/ports.js'

export interface GoFacts {
  /** semver of the Go in use, e.g. 1.26.8 */
  readonly version: string
  readonly goroot: string
  /** How setup got it. */
  readonly source: 'tool-cache' | 'download' | 'path'
  /** `go env -json` of the installed Go, run in the working directory. */
  readonly env: Readonly<Record<string, string>>
}

/** What triggered this run (the GitHub event, or a developer's machine). */
export interface RunContext {
  /** push, pull_request, ... or `local` for the CLI. */
  readonly eventName: string
  readonly ref: string
  readonly sha: string
  readonly defaultBranch?: string
  /** The pull request's base commit, on pull_request events. */
  readonly baseSha?: string
  readonly prNumber?: number
  /** owner/repo */
  readonly repository?: string
  /** https://github.com, or the GitHub Enterprise server. */
  readonly serverUrl?: string
  /** Who triggered the run (the ghcr.io login's default user). */
  readonly actor?: string
  readonly runId?: string
  /** From the event's repository object, for image labels. */
  readonly description?: string
  readonly license?: string
}

/** A module of the run: `rel` is relative to working-directory (what the modules input names), `repoRel` to the repository root. */
export interface GoModule extends ModuleInfo {
  readonly repoRel: string
}

/** A finding with its path relative to the repository root, as annotations need. */
export interface Located {
  readonly file: string
  readonly line: number
  readonly col?: number
  readonly message: string
  readonly source?: string
}

export interface TestSummary {
  readonly packages: readonly {
    readonly pkg: string
    readonly status: TestStatus | 'running'
    readonly elapsed: number
    readonly pass: number
    readonly fail: number
    readonly skip: number
  }[]
  readonly pass: number
  readonly fail: number
  readonly skip: number
  readonly slowest: readonly { readonly pkg: string; readonly name: string; readonly elapsed: number }[]
  readonly failures: readonly Located[]
  readonly coverage?: CoverageTotals & { readonly file: string }
  readonly race: boolean
  /** test-reruns: how many times a failed test could run again. */
  readonly reruns: number
  /** Tests that failed, then passed on a rerun: where the first failure was. */
  readonly flaky: readonly Located[]
  /** On pull requests whose changed lines are known: the coverage of the changed statements, and its gate. */
  readonly changed?: ChangedCoverage & { readonly threshold: number }
  /** On pull requests with a baseline the base branch saved: the total before and after, per package. */
  readonly delta?: CoverageDelta & { readonly maxDrop?: number }
  /** On pushes to the default branch: the baseline saved for pull requests, or why not. */
  readonly baselineSaved?: string
  /** The JUnit XML report of every module's tests. */
  readonly junitFile?: string
  /** Which packages this run tested (shard 1/1 when not sharded). */
  readonly shard?: ShardFacts
  /** The folder of the results a later job takes (coverage, JUnit, timings, shard.json): output test-results. */
  readonly resultsDir?: string
  /** Each package's test seconds, as the timing record holds them: output timings-file. */
  readonly timingsFile?: string
  /** The merge stage: the shards it merged. */
  readonly merged?: MergeFacts
}

export interface ShardFacts {
  readonly index: number
  readonly count: number
  /** How packages were assigned: by the timing record, by name, or all of them (not sharded). */
  readonly by: 'timings' | 'name' | 'all'
  /** Every package of the suite, as this shard listed them. */
  readonly packages: readonly string[]
  /** This shard's. */
  readonly tested: readonly string[]
  /** Seconds each shard was expected to take, by the timing record. */
  readonly expected?: readonly number[]
  /** The cache key of the timing record used. */
  readonly record?: string
}

export interface MergeFacts {
  readonly shards: readonly {
    readonly index: number
    readonly packages: number
    readonly pass: number
    readonly fail: number
    readonly seconds: number
    readonly by: string
  }[]
  readonly count: number
  readonly missingShards: readonly number[]
  readonly missingPackages: readonly string[]
  /** Longest shard's test seconds over the mean (1.00 is perfect balance). */
  readonly balance?: number
  readonly timingsSaved?: string
}

/** A file the pipeline produced, registered for later stages (the image stage finds binaries here). */
export interface Artifact {
  readonly kind: 'binary' | 'archive'
  readonly name: string
  /** os/arch[/variant] */
  readonly platform: string
  /** Absolute. */
  readonly path: string
  /** Relative to the repository root. */
  readonly rel: string
  readonly sha256: string
  readonly size: number
  /** ELF binaries only: no interpreter and no needed shared library. */
  readonly static?: boolean
}

export interface CacheOutcome {
  readonly id: 'modules' | 'build' | 'lint'
  readonly paths: readonly string[]
  readonly key: string
  readonly restoreKeys: readonly string[]
  readonly hitPrefix: string
  /** Saved and restored as two archives (src/cache/split.ts). */
  readonly split?: boolean
  /** hit: everything this run would save was there; partial: a warm start from an older entry; local: the CLI's own folders. */
  readonly result: 'hit' | 'partial' | 'miss' | 'local'
  readonly matchedKey?: string
  readonly seconds: number
  /** Bytes on disk after the restore. */
  readonly size: number
  /** Whether post saves it, and why (not). */
  readonly save: boolean
  readonly why: string
  /** Why it was not restored, or was discarded after the restore (a release build; failed verification). */
  readonly skipped?: string
}

export interface Facts {
  go?: GoFacts
  /** On pull requests: the lines the pull request changed, or why they are unknown (computed once, when first needed). */
  changes?: { readonly changed: ChangedLines } | { readonly why: string }
  modules?: readonly GoModule[]
  /** Module folders the modules input left out. */
  excludedModules?: readonly string[]
  /** The main packages the build stage builds (listed once, when build decides whether to run). */
  mains?: readonly MainPackage[]
  vet?: { readonly findings: readonly Located[] }
  fmt?: { readonly files: readonly (Located & { readonly diff: string })[] }
  tidy?: {
    readonly untidy: readonly { readonly module: string; readonly changes: readonly { readonly file: string; readonly diff: string }[] }[]
    readonly unverified: readonly string[]
  }
  vuln?: {
    readonly version: string
    readonly db: string
    readonly found: readonly FoundVuln[]
    readonly ignores: readonly IgnoreVerdict[]
    /** Repository-relative, when the working directory has one. */
    readonly ignoreFile?: string
  }
  /** The tracked files go generate changed, added or deleted, each with its diff (git's). */
  generate?: { readonly changed: readonly { readonly file: string; readonly status: string; readonly diff: string }[] }
  lint?: { readonly version: string; readonly issues: readonly Located[]; readonly newFrom?: string }
  test?: TestSummary
  /**
   * trimBefore: when the build cache was restored and aged, post drops what is still dated before this;
   * restoredFiles: how many files the restored build cache held (post saves it only when it gained files).
   */
  cache?: { readonly entries: readonly CacheOutcome[]; readonly trimBefore?: string; readonly restoredFiles?: number }
  build?: { readonly version: string; readonly commit: string; readonly date: string; readonly artifacts: readonly Artifact[]; readonly checksums: string }
  image?: ImageFacts
}

export interface ImageFacts {
  readonly name: string
  readonly platforms: readonly string[]
  /** Full references, name:tag. */
  readonly refs: readonly string[]
  readonly pushed: boolean
  readonly why: string
  /** sha256:… of the index, when buildx reported one. */
  readonly digest?: string
  readonly builder: string
  /** 'generated', or the path of the user's Dockerfile. */
  readonly dockerfile: string
}

export interface Context {
  readonly config: Config
  readonly host: Host
  readonly run: RunContext
  readonly facts: Facts
}

/** The Go facts, for a stage that runs after setup (an ordering bug otherwise). */
export function requireGo(ctx: Context): GoFacts {
  if (ctx.facts.go === undefined) throw new Error('internal: a stage needs Go before setup has run')
  return ctx.facts.go
}
