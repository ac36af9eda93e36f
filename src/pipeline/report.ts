/** The job summary, rendered from the pipeline report and the facts the stages recorded. Pure. */
import { IGNORE_FILE } from '../go/vuln.js'
import type { Held } from './annotations.js'
import type { Facts, Located } from './context.js'
import type { PipelineReport, StageStatus } from './runner.js'

const ICON: Readonly<Record<StageStatus, string>> = { success: '✅', failure: '❌', skipped: '⏭️' }
const MAX_ROWS = 50
/** GitHub takes at most 1 MiB of summary per step; the findings list stops short of it (whole rows only). */
export const MAX_SUMMARY_BYTES = 1_000_000
/** A finding's message in the findings list: its start (the log and the annotation have it whole). */
const MAX_MESSAGE = 300

/** Every error and warning of the run, annotated or not, for the summary's findings list. */
export interface SummaryFindings {
  readonly held: readonly Held[]
  /** `<server>/<owner>/<repo>/blob/<sha>`: each file and line links there. */
  readonly blobBase?: string
}

/** How a file and line is shown: a link to it at the commit when the run knows where that is. */
type Linker = (file: string, line?: number, col?: number, endLine?: number) => string

function linker(blobBase: string | undefined): Linker {
  return (file, line, col, endLine) => {
    const to = endLine !== undefined && line !== undefined && endLine > line ? endLine : undefined
    const text = `\`${file}${line !== undefined ? `:${line}` : ''}${to !== undefined ? `–${to}` : ''}${col !== undefined ? `:${col}` : ''}\``
    if (blobBase === undefined) return text
    const anchor = line === undefined ? '' : to !== undefined ? `#L${line}-L${to}` : `#L${line}`
    const url = `${blobBase}/${file.split('/').map(encodeURIComponent).join('/')}${anchor}`
    return `[${text}](${url})`
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** A collapsed diff: what fmt, tidy and generate show for each file they would change. */
function diffDetails(summary: string, diff: string): string[] {
  return [`<details><summary>${summary}</summary>`, '', '```diff', diff, '```', '', '</details>']
}

function findingsTable(findings: readonly Located[], sourceHeader: string, link: Linker, listed: boolean): string[] {
  const rows = findings.slice(0, MAX_ROWS).map(f => `| ${link(f.file, f.line, f.col)} | ${cell(f.source ?? '')} | ${cell(f.message)} |`)
  const more = findings.length > MAX_ROWS ? [`\n…and ${findings.length - MAX_ROWS} more${listed ? ' under **All findings** below' : ' (see the log)'}.`] : []
  return [`| Where | ${sourceHeader} | Message |`, '| --- | --- | --- |', ...rows, ...more]
}

export function renderSummary(report: PipelineReport, facts: Facts, findings?: SummaryFindings): string {
  const link = linker(findings?.blobBase)
  const table = (list: readonly Located[], header: string): string[] => findingsTable(list, header, link, findings !== undefined)
  const lines = [
    '## go-pipeline',
    '',
    report.failure === undefined ? '**Result:** ✅ passed' : `**Result:** ❌ failed (${cell(report.failure)})`,
    '',
    '| Stage | Status | Time | Note |',
    '| --- | --- | ---: | --- |',
    ...report.rows.map(r => `| ${r.id} | ${ICON[r.status]} ${r.status} | ${r.seconds.toFixed(2)} s | ${cell(r.note)} |`),
  ]
  const { go, vet, fmt, lint, test } = facts
  if (go !== undefined) lines.push('', `Go ${go.version} (${go.source}) at \`${go.goroot}\``)
  if (facts.cache) {
    lines.push(
      '',
      '### Caches',
      '',
      '| Entry | Key | Matched key | Result | Size | Time | Save |',
      '| --- | --- | --- | --- | ---: | ---: | --- |',
      ...facts.cache.entries.map(
        e =>
          `| ${e.id} | \`${e.key}\` | ${e.matchedKey ? `\`${e.matchedKey}\`` : '–'} | ${e.skipped ? `${e.result} (${cell(e.skipped)})` : e.result} | ${e.result === 'local' ? '–' : `${e.size.toLocaleString('en-US')} B`} | ${e.seconds.toFixed(2)} s | ${e.save ? 'in post' : cell(e.why)} |`,
      ),
    )
  }
  if (facts.modules && facts.modules.length > 1) {
    lines.push('', `Modules: ${facts.modules.map(m => `\`${m.rel}\` (${m.path})`).join(', ')}`)
  }
  if (vet && vet.findings.length > 0) lines.push('', `### go vet: ${vet.findings.length} finding(s)`, '', ...table(vet.findings, 'Analyzer'))
  if (fmt && fmt.files.length > 0) {
    lines.push('', `### gofmt: ${fmt.files.length} file(s) not formatted`, '')
    for (const f of fmt.files.slice(0, MAX_ROWS)) {
      lines.push(...diffDetails(`<code>${f.file}</code>`, f.diff))
    }
  }
  if (facts.tidy && (facts.tidy.untidy.length > 0 || facts.tidy.unverified.length > 0)) {
    lines.push('', `### go mod tidy: ${facts.tidy.untidy.length} module(s) not tidy, ${facts.tidy.unverified.length} verify problem(s)`, '')
    for (const u of facts.tidy.untidy.slice(0, MAX_ROWS)) {
      lines.push(...diffDetails(`<code>${u.module}</code>: ${u.changes.map(c => c.file).join(', ')}`, u.changes.map(c => c.diff).join('\n')))
    }
    for (const p of facts.tidy.unverified.slice(0, MAX_ROWS)) lines.push(`- ${cell(p)}`)
  }
  if (facts.generate && facts.generate.changed.length > 0) {
    lines.push('', `### go generate: ${facts.generate.changed.length} file(s) out of date`, '')
    for (const c of facts.generate.changed.slice(0, MAX_ROWS)) {
      lines.push(...diffDetails(`<code>${c.file}</code> (${c.status})`, c.diff))
    }
  }
  if (facts.vuln) lines.push(...vulnSection(facts.vuln))
  if (lint && lint.issues.length > 0) {
    lines.push(
      '',
      `### golangci-lint ${lint.version}: ${lint.issues.length} issue(s)${lint.newFrom ? ` new since ${lint.newFrom.slice(0, 12)}` : ''}`,
      '',
      ...table(lint.issues, 'Linter'),
    )
  }
  if (test) {
    lines.push(
      '',
      '### Tests',
      '',
      `**${test.pass} passed, ${test.fail} failed, ${test.skip} skipped** in ${test.packages.length} package(s)${test.race ? ', with the race detector' : ''}.`,
      '',
      '| Package | Status | Pass | Fail | Skip | Time |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      ...test.packages.map(p => `| \`${p.pkg}\` | ${p.status} | ${p.pass} | ${p.fail} | ${p.skip} | ${p.elapsed.toFixed(2)} s |`),
    )
    if (test.merged) lines.push(...shardsSection(test.merged))
    else if (test.shard && test.shard.count > 1) {
      const s = test.shard
      lines.push(
        '',
        `Shard ${s.index} of ${s.count}: ${s.tested.length} of ${s.packages.length} packages, assigned by ${s.by === 'timings' ? `the timing record \`${s.record ?? ''}\`` : 'name (no timing record yet)'}.`,
      )
    }
    if (test.failures.length > 0) lines.push('', '#### Failures', '', ...table(test.failures, 'Test'))
    if (test.flaky.length > 0) {
      lines.push('', `#### Flaky tests: ${test.flaky.length} failed, then passed on a rerun (test-reruns: ${test.reruns})`, '', ...table(test.flaky, 'Test'))
    }
    if (test.slowest.length > 0) {
      lines.push(
        '',
        '#### Slowest tests',
        '',
        '| Test | Package | Time |',
        '| --- | --- | ---: |',
        ...test.slowest.map(t => `| ${t.name} | \`${t.pkg}\` | ${t.elapsed.toFixed(2)} s |`),
      )
    }
    if (test.coverage) {
      const c = test.coverage
      lines.push(
        '',
        `#### Coverage: ${c.percent}% of ${c.statements} statements`,
        '',
        '| Package | Coverage | Statements |',
        '| --- | ---: | ---: |',
        ...c.byPackage.map(p => `| \`${p.pkg}\` | ${p.percent}% | ${p.statements} |`),
      )
    }
    if (test.delta) lines.push(...deltaSection(test.delta))
    else if (test.baselineSaved) lines.push('', `Coverage baseline for pull requests: ${cell(test.baselineSaved)}.`)
    if (test.changed) lines.push(...changedSection(test.changed, link))
  }
  if (facts.build) {
    const b = facts.build
    lines.push(
      '',
      `### Binaries: ${b.version}`,
      '',
      `Commit \`${b.commit}\`, date ${b.date}.`,
      '',
      '| File | Platform | Size | Static | sha256 |',
      '| --- | --- | ---: | --- | --- |',
      ...b.artifacts.map(
        a =>
          `| \`${a.rel}\` | ${a.platform} | ${a.size.toLocaleString('en-US')} B | ${a.static === undefined ? 'n/a' : a.static ? 'yes' : 'no'} | \`${a.sha256}\` |`,
      ),
    )
  }
  if (facts.image) {
    const i = facts.image
    lines.push(
      '',
      `### Image: ${i.pushed ? 'pushed' : 'built, not pushed'}`,
      '',
      `Push: ${cell(i.why)}. Platforms ${i.platforms.join(', ')}; builder \`${i.builder}\`; Dockerfile ${i.dockerfile === 'generated' ? 'generated (binary copy)' : `\`${i.dockerfile}\``}.`,
      '',
      ...(i.digest ? [`Digest: \`${i.name}@${i.digest}\``, ''] : []),
      '| Tag |',
      '| --- |',
      ...i.refs.map(r => `| \`${r}\` |`),
    )
  }
  if (findings !== undefined && findings.held.length > 0) lines.push(...findingsList(findings.held, link, byteLength(lines.join('\n'))))
  return lines.join('\n') + '\n'
}

function shardsSection(m: NonNullable<NonNullable<Facts['test']>['merged']>): string[] {
  const lines = [
    '',
    `#### Shards: ${m.shards.length} of ${m.count} reported${m.balance !== undefined ? `; the longest ran ${m.balance.toFixed(2)}× the mean` : ''}`,
    '',
    '| Shard | Packages | Passed | Failed | Test time | Assigned by |',
    '| ---: | ---: | ---: | ---: | ---: | --- |',
    ...m.shards.map(s => `| ${s.index}/${m.count} | ${s.packages} | ${s.pass} | ${s.fail} | ${s.seconds.toFixed(2)} s | ${s.by} |`),
  ]
  if (m.missingShards.length > 0) lines.push('', `❌ Did not report: ${m.missingShards.map(i => `shard ${i}/${m.count}`).join(', ')}.`)
  if (m.missingPackages.length > 0) lines.push('', `❌ In no shard: ${m.missingPackages.map(p => `\`${p}\``).join(', ')}.`)
  if (m.timingsSaved) lines.push('', `Timing record: ${cell(m.timingsSaved)}.`)
  return lines
}

function deltaSection(d: NonNullable<NonNullable<Facts['test']>['delta']>): string[] {
  const signed = (n: number): string => (n > 0 ? `+${n.toFixed(1)}` : n < 0 ? `−${(-n).toFixed(1)}` : '±0.0')
  const gate = d.maxDrop !== undefined ? ` (coverage-max-drop ${d.maxDrop}: ${-d.points > d.maxDrop ? '❌ exceeded' : 'within'})` : ''
  return [
    '',
    `#### Coverage against the base branch: ${d.before}% → ${d.after}% (${signed(d.points)} points) since \`${d.sha.slice(0, 12)}\`${gate}`,
    ...(d.byPackage.length === 0
      ? ['', 'No package changed its coverage.']
      : [
          '',
          '| Package | Before | After | Change |',
          '| --- | ---: | ---: | ---: |',
          ...d.byPackage
            .slice(0, MAX_ROWS)
            .map(
              p =>
                `| \`${p.pkg}\` | ${p.before !== undefined ? `${p.before}%` : 'new'} | ${p.after !== undefined ? `${p.after}%` : 'gone'} | ${p.points !== undefined ? signed(p.points) : '–'} |`,
            ),
        ]),
  ]
}

function changedSection(c: NonNullable<NonNullable<Facts['test']>['changed']>, link: Linker): string[] {
  const gate =
    c.threshold > 0 ? ` (coverage-changed-threshold ${c.threshold}%: ${c.statements === 0 || Number(c.percent) >= c.threshold ? 'met' : '❌ not met'})` : ''
  if (c.statements === 0) return ['', `#### Coverage of the change: no changed statement${gate}`]
  return [
    '',
    `#### Coverage of the change: ${c.percent}% of ${c.statements} changed statements${gate}`,
    '',
    '| File | Coverage | Changed statements | Not covered |',
    '| --- | ---: | ---: | --- |',
    ...c.byFile.slice(0, MAX_ROWS).map(f => {
      const ranges = c.uncovered.filter(u => u.file === f.file)
      const shown = ranges.slice(0, 20).map(u => link(f.file, u.from, undefined, u.to))
      return `| \`${f.file}\` | ${f.percent}% | ${f.statements} | ${shown.join(', ')}${ranges.length > 20 ? ` …and ${ranges.length - 20} more` : ''} |`
    }),
  ]
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8')

/**
 * Every error and warning, annotated or not, each with its link: as many whole rows as fit in what is
 * left of GitHub's 1 MiB, then a count of the rest.
 */
function findingsList(held: readonly Held[], link: Linker, used: number): string[] {
  const annotated = held.filter(h => h.annotated).length
  const head = [
    '',
    `### All findings: ${held.length} (${annotated} annotated)`,
    '',
    `GitHub shows ${annotated < held.length ? 'only ' : ''}10 annotations per level in a step: 📌 marks those annotated, chosen on the pull request's changed lines (✏️) first, then test failures and races, vet, lint, gofmt.`,
    '',
    '| | Where | From | Message |',
    '| --- | --- | --- | --- |',
  ]
  const rows: string[] = []
  // Room for the head and the closing count line.
  let left = MAX_SUMMARY_BYTES - used - byteLength(head.join('\n')) - 200
  // The most important first: errors, then warnings, each level in its annotation ranking.
  const order = { error: 0, warning: 1, notice: 2 }
  const ordered = [...held].sort((a, b) => order[a.level] - order[b.level] || a.rank - b.rank)
  for (const h of ordered) {
    const message = h.message.length > MAX_MESSAGE ? `${h.message.slice(0, MAX_MESSAGE)}…` : h.message
    const where = h.at?.file !== undefined ? link(h.at.file, h.at.line, h.at.col, h.at.endLine) : '–'
    const row = `| ${h.level === 'error' ? '❌' : h.level === 'warning' ? '⚠️' : 'ℹ️'}${h.annotated ? ' 📌' : ''}${h.changed ? ' ✏️' : ''} | ${where} | ${cell(h.at?.title ?? '')} | ${cell(message)} |`
    left -= byteLength(row) + 1
    if (left < 0) break
    rows.push(row)
  }
  const rest = held.length - rows.length
  return [...head, ...rows, ...(rest > 0 ? ['', `…and ${rest} more, not listed: the job summary is limited to 1 MiB (all are in the log).`] : [])]
}

function vulnSection(v: NonNullable<Facts['vuln']>): string[] {
  const link = (id: string): string => `[${id}](https://pkg.go.dev/vuln/${id})`
  const status = (f: (typeof v.found)[number]): string =>
    f.ignored ? `ignored until ${f.ignored.until}: ${cell(f.ignored.reason)}` : f.level === 'called' ? '❌ called' : `notice: ${f.level}, not called`
  const lines: string[] = []
  if (v.found.length > 0) {
    lines.push(
      '',
      `### govulncheck v${v.version}: ${v.found.filter(f => f.level === 'called' && !f.ignored).length} reachable, ${v.found.filter(f => f.level !== 'called').length} notice(s), ${v.found.filter(f => f.ignored).length} ignored`,
      '',
      '| Vulnerability | Module | Found | Fixed | Call path | In | Status |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...v.found
        .slice(0, MAX_ROWS)
        .map(
          f =>
            `| ${link(f.id)} ${cell(f.summary)} | \`${f.module}\` | ${f.found} | ${f.fixed || 'none yet'} | ${f.path ? `\`${cell(f.path)}\`${f.site ? ` at \`${f.site.file}:${f.site.line}\`` : ''}` : '–'} | \`${f.in}\` | ${status(f)} |`,
        ),
    )
  }
  if (v.ignores.length > 0) {
    lines.push('', `#### Ignored in \`${v.ignoreFile ?? IGNORE_FILE}\``, '', '| Id | Until | Reason | State |', '| --- | --- | --- | --- |')
    for (const i of v.ignores) {
      const state =
        i.state === 'active' ? `ignores ${i.matched.join(', ')}` : i.state === 'expired' ? '⚠️ expired: no longer ignored' : '⚠️ matches nothing found'
      lines.push(`| ${link(i.entry.id)} | ${i.entry.until} | ${cell(i.entry.reason)} | ${state} |`)
    }
  }
  return lines
}
