/** Starter files: written when the repository has none of its own (.golangci.yml, dependabot.yml). */
import { Document, isMap, isScalar } from 'yaml'
import type { Plan } from './plan.js'
import { header } from './steps.js'
import { renderData, STRINGIFY } from './yaml.js'

/** golangci-lint v2: the standard linters plus a few that catch real bugs in services. */
export function golangciConfig(p: Plan): string {
  const data = {
    version: '2',
    linters: {
      default: 'standard',
      enable: ['bodyclose', 'errorlint', 'gosec', 'misspell', 'nolintlint', 'unconvert'],
      exclusions: { presets: ['comments', 'std-error-handling'] },
    },
    formatters: { enable: ['gofmt', 'goimports'] },
    ...(p.lintSince !== undefined ? { issues: { 'new-from-rev': p.lintSince } } : {}),
  }
  const doc = new Document(data)
  doc.commentBefore = [...header(p.command), '', 'golangci-lint v2: the standard linters, plus a few that catch real bugs in services.']
    .map(l => (l === '' ? '' : ` ${l}`))
    .join('\n')
  if (p.lintSince !== undefined && isMap(doc.contents)) {
    const issues = doc.contents.items.find(i => isScalar(i.key) && i.key.value === 'issues')
    if (issues && isScalar(issues.key)) {
      issues.key.commentBefore = [
        ` Only issues new since ${p.lintSince.slice(0, 12)} (the commit go-pipeline init ran on) are reported, so`,
        " the repository's existing findings do not block its first push. To see and fix them all, delete",
        ' these two lines (or run init again with --lint-new-from-rev none).',
      ].join('\n')
      issues.key.spaceBefore = true
    }
  }
  return doc.toString(STRINGIFY)
}

export function dependabotConfig(p: Plan): string {
  const dirs = p.facts.modules.map(m => (m.repoRel === '.' ? '/' : `/${m.repoRel}`))
  const entry = (ecosystem: string, where: Record<string, unknown>, group: string): Record<string, unknown> => ({
    'package-ecosystem': ecosystem,
    ...where,
    schedule: { interval: 'weekly' },
    cooldown: { 'default-days': 7 },
    groups: { [group]: { patterns: ['*'] } },
  })
  return renderData([...header(p.command), '', 'Weekly, grouped updates, each release at least 7 days old (a cooldown against compromised releases).'], {
    version: 2,
    updates: [
      entry('github-actions', { directory: '/' }, 'github-actions'),
      entry('gomod', dirs.length === 1 ? { directory: dirs[0] } : { directories: dirs }, 'go-modules'),
    ],
  })
}
