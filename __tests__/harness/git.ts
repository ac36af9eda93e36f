/** Makes a workspace a git repository with a commit at a fixed time, as a checkout would be. */
import { execFileSync } from 'node:child_process'

export const COMMIT_DATE = '2026-01-02T03:04:05Z'

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: COMMIT_DATE, GIT_COMMITTER_DATE: COMMIT_DATE },
  }).trim()
}

/** git init + one commit of everything (+ an optional tag); returns the commit. */
export function commitAll(cwd: string, tag?: string): string {
  git(cwd, 'init', '-q')
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-qm', 'release')
  if (tag) git(cwd, 'tag', tag)
  return git(cwd, 'rev-parse', 'HEAD')
}
