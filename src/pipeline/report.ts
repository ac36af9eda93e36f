/** The job summary, rendered from the pipeline report. Pure. */
import type { GoFacts } from './context.js'
import type { PipelineReport, StageStatus } from './runner.js'

const ICON: Readonly<Record<StageStatus, string>> = { success: '✅', failure: '❌', skipped: '⏭️' }

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

export function renderSummary(report: PipelineReport, go: GoFacts | undefined): string {
  const lines = [
    '## go-pipeline',
    '',
    report.failure === undefined ? '**Result:** ✅ passed' : `**Result:** ❌ failed (${cell(report.failure)})`,
    '',
    '| Stage | Status | Time | Note |',
    '| --- | --- | ---: | --- |',
    ...report.rows.map(r => `| ${r.id} | ${ICON[r.status]} ${r.status} | ${r.seconds.toFixed(2)} s | ${cell(r.note)} |`),
  ]
  if (go !== undefined) {
    lines.push('', `Go ${go.version} (${go.source}) at \`${go.goroot}\``)
  }
  return lines.join('\n') + '\n'
}
