/**
 * The side effects the engine needs, as small interfaces. Stages and pure helpers use only these;
 * src/ports/github.ts (the action) and src/ports/local.ts (the CLI) implement them.
 */

/** What found a problem, for choosing which annotations GitHub shows (test failures first, then vet, lint, gofmt). */
export type FindingKind = 'test' | 'vet' | 'lint' | 'fmt'

export interface Annotation {
  readonly title?: string
  readonly kind?: FindingKind
  /** Relative to the repository root, which is what GitHub needs to attach it to a diff. */
  readonly file?: string
  readonly line?: number
  /** The last line of a range of lines (uncovered changed lines). */
  readonly endLine?: number
  readonly col?: number
}

export interface Log {
  info(message: string): void
  debug(message: string): void
  /** A notice annotation (uncovered changed lines): informs, never fails. */
  notice(message: string, at?: Annotation): void
  warning(message: string, at?: Annotation): void
  error(message: string, at?: Annotation): void
  /** From now on, replaces this value with *** wherever it would be printed (passwords, tokens). */
  mask(secret: string): void
  /** Runs `fn` inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

export interface ExecOptions {
  readonly cwd?: string
  /**
   * Set for this command on purpose (GOOS, CGO_ENABLED, …), on top of the environment the adapter
   * makes for every child: a plain `run:` step's, without the action's inputs or the runner's tokens
   * (src/ports/child-env.ts).
   */
  readonly env?: Readonly<Record<string, string>>
  /** Do not echo the command's output to the log. */
  readonly silent?: boolean
  /** Written to the command's standard input (how a password reaches `docker login --password-stdin`). */
  readonly input?: string
  /** Stop the command and fail after this long (for commands that can hang: git, docker, network). */
  readonly timeoutMs?: number
  /** Stop the command and fail when this is aborted (a speculative build whose checks failed). */
  readonly signal?: AbortSignal
  /**
   * Run at a lower CPU priority (10 niceness steps below this process; below normal on Windows), the
   * command's own children too: work started early (speculative-build) takes the cores the checks leave
   * idle, not theirs.
   */
  readonly background?: boolean
}
export interface ExecResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}
export interface Exec {
  /** Runs an argv (never a shell string). A non-zero exit is returned, not thrown. */
  run(command: string, args: readonly string[], options?: ExecOptions): Promise<ExecResult>
}

export interface StoredTool {
  readonly dir: string
  readonly version: string
}

/** Where installed tools live between runs (the runner's tool cache, or a user cache dir). */
export interface ToolStore {
  /** The newest installed version satisfying `versionSpec` (a semver version or range), or undefined. */
  find(tool: string, versionSpec: string, arch: string): Promise<StoredTool | undefined>
  /** Moves an extracted tool folder into the store and returns its path there. */
  add(sourceDir: string, tool: string, version: string, arch: string): Promise<string>
}

export type ArchiveFormat = 'tar.gz' | 'zip'

export interface Downloader {
  /** Downloads to a new temporary file and returns its path; retries transient faults; throws after. */
  download(url: string): Promise<string>
  /** Extracts an archive into a new temporary folder and returns it. */
  extract(file: string, format: ArchiveFormat): Promise<string>
}

/** The environment of this process and of the steps that come after it. */
export interface Environment {
  get(name: string): string | undefined
  addPath(dir: string): void
  exportVariable(name: string, value: string): void
}

export interface Files {
  readText(file: string): Promise<string | undefined>
  /** The path with every symlink resolved, or undefined when it does not exist. */
  realpath(file: string): Promise<string | undefined>
  /** 'dir', 'file', 'other' (a socket, a device…), or undefined when nothing is there (lstat: a symlink is 'link'). */
  kind(file: string): Promise<'dir' | 'file' | 'link' | 'other' | undefined>
  /** A new, empty folder below `parent` whose name starts with `prefix`. */
  makeTempDir(parent: string, prefix: string): Promise<string>
  writeText(file: string, text: string): Promise<void>
  /** Files below `root` whose name matches, skipping the folders the go command skips (vendor, testdata, .x, _x). */
  walk(root: string, match: (name: string) => boolean): Promise<string[]>
  /** The absolute path of an executable on PATH, or undefined. */
  which(name: string): Promise<string | undefined>
  sha256(file: string): Promise<string>
  remove(file: string): Promise<void>
  readBytes(file: string): Promise<Buffer>
  /** Total bytes of the files below a folder (0 when it does not exist). */
  du(dir: string): Promise<number>
  /** Sets the modification time of every file and folder below a folder; returns how many files. */
  ageAll(dir: string, time: Date): Promise<number>
  /**
   * Removes what below a folder `isEntry` names and was modified before `time`: such files, and such
   * folders whole, by the folder's own time (Go's cached executables: it dates the folder on use, not
   * the program inside); other files stay. Returns how many files went and stayed, and the bytes left.
   */
  removeOlder(dir: string, time: Date, isEntry: (name: string) => boolean): Promise<{ removed: number; kept: number; bytes: number }>
  size(file: string): Promise<number>
  /** Copies a file, keeping its mode, creating the destination's folders. */
  copy(from: string, to: string): Promise<void>
  /** Moves a file (a rename, or a copy and a removal across file systems), creating the destination's folders. */
  move(from: string, to: string): Promise<void>
}

export interface ArchiveEntry {
  /** The name inside the archive. */
  readonly name: string
  /** The file on disk. */
  readonly file: string
}

export interface Archiver {
  tarGz(dest: string, entries: readonly ArchiveEntry[], mtime: Date): Promise<void>
  zip(dest: string, entries: readonly ArchiveEntry[], mtime: Date): Promise<void>
}

/**
 * A restore's result: the key restored, or none (a miss, a fault, an archive refused before anything
 * was extracted). `broken`: extraction began and failed, so the folders may hold part of an archive.
 */
export interface Restored {
  readonly matched?: string
  readonly broken?: boolean
  /** The restored folder's files and bytes, when the restore counted them (so nobody walks it again). */
  readonly files?: number
  readonly bytes?: number
  /** Every restored file was dated `RestoreOptions.age`. */
  readonly aged?: boolean
}

export interface RestoreOptions {
  /** Date every restored file to this (the build cache's trim; see src/stages/cache.ts), when the restore can do it on the way. */
  readonly age?: Date
  /** The one folder was saved as two archives (src/cache/split.ts): restore both, side by side. */
  readonly split?: boolean
}

export interface SaveOptions {
  /** Save the one folder as two archives under the key (src/cache/split.ts). */
  readonly split?: boolean
}

/** GitHub's cache service (@actions/cache), or none on a developer's machine. */
export interface CacheService {
  /** What was restored. Faults are logged by the service and end as a miss. */
  restore(paths: readonly string[], key: string, restoreKeys: readonly string[], options?: RestoreOptions): Promise<Restored>
  /** The entry's id, or -1 when it was not saved (key taken, fault). */
  save(paths: readonly string[], key: string, options?: SaveOptions): Promise<number>
}

export interface Clock {
  now(): number
}

/** Something a stage did that must be undone when the job ends, whatever happens after. */
export type Cleanup =
  | { readonly kind: 'docker-logout'; readonly registry: string }
  | { readonly kind: 'buildx-rm'; readonly builder: string }
  | { readonly kind: 'remove'; readonly path: string }

export interface Cleanups {
  /**
   * Records a cleanup the moment its side effect happens (the action persists it to post's state at
   * once, so post undoes it even when main crashes later; the CLI runs it when the run ends).
   */
  register(cleanup: Cleanup): void
}

/** A Go already on this machine outside any tool store (the CLI's `go` on PATH). */
export interface InstalledGo {
  readonly goroot: string
  /** semver, e.g. 1.26.8 */
  readonly version: string
}

export interface Host {
  readonly kind: 'github' | 'local'
  readonly platform: NodeJS.Platform
  readonly arch: string
  readonly log: Log
  readonly exec: Exec
  readonly tools: ToolStore
  readonly downloader: Downloader
  readonly env: Environment
  readonly files: Files
  readonly archiver: Archiver
  /** Undefined where there is no cache service (the CLI: Go's caches persist on the machine). */
  readonly cache?: CacheService
  readonly clock: Clock
  /** How many processes may usefully run at once (the machine's CPUs). */
  readonly cpus: number
  /** The machine's memory in bytes (os.totalmem). */
  readonly memory: number
  /** A folder for this run's own files (RUNNER_TEMP on GitHub). */
  readonly tempDir: string
  readonly cleanups: Cleanups
  /** The Go on PATH, for the CLI; the action never uses one it did not install. */
  goOnPath?(): Promise<InstalledGo | undefined>
}

/** A host that runs its registered cleanups itself, when the run ends (the CLI's). */
export interface CleaningHost extends Host {
  cleanup(): Promise<void>
}
