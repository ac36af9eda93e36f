/** Which packages use cgo: asked of `go list`, loading only (nothing compiles). */
import type { Exec } from '../ports/ports.js'

export interface CgoPackage {
  readonly importPath: string
  readonly cgoFiles: readonly string[]
}

/**
 * The packages with cgo files among `patterns` and their dependencies, the standard library left out
 * (its cgo files are optional). `env` is the go command's (GOOS, GOARCH, CGO_ENABLED decide which files count).
 */
export async function cgoPackages(
  exec: Exec,
  go: string,
  dir: string,
  patterns: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CgoPackage[]> {
  const r = await exec.run(
    go,
    ['list', '-e', '-deps', '-f', '{{if and .CgoFiles (not .Standard)}}{{.ImportPath}}{{"\\t"}}{{join .CgoFiles "\\t"}}{{end}}', ...patterns],
    {
      cwd: dir,
      env,
      silent: true,
    },
  )
  return (
    r.stdout
      .split('\n')
      // Tab-separated: a file name may hold a space, not a tab (nor may an import path).
      .map(l => l.replace(/\r$/, '').split('\t'))
      .filter((words): words is [string, ...string[]] => words[0] !== undefined && words[0] !== '')
      .map(([importPath, ...cgoFiles]) => ({ importPath, cgoFiles }))
  )
}
