/** The project's own workflows and action.yml pass GitHub's parser, and follow the project's rules. */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { actionErrors, workflowErrors } from '../harness/workflow-lint.js'

const ROOT = process.cwd()
const dir = path.join(ROOT, '.github', 'workflows')
const files = readdirSync(dir).filter(f => f.endsWith('.yml'))

describe('.github/workflows', () => {
  it('has test, check-dist, smoke and release', () => {
    expect(files.sort()).toEqual(['check-dist.yml', 'release.yml', 'smoke.yml', 'test.yml'])
  })
  it.each(files)("%s passes GitHub's workflow parser", async file => {
    expect(await workflowErrors(file, readFileSync(path.join(dir, file), 'utf8'))).toEqual([])
  })
  it.each(files)('%s pins every remote action to a full commit SHA and never persists credentials', file => {
    const text = readFileSync(path.join(dir, file), 'utf8')
    for (const m of text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)/gm)) {
      const ref = m[1] ?? ''
      if (ref.startsWith('./')) continue
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/)
    }
    const checkouts = text.match(/actions\/checkout@/g)?.length ?? 0
    expect(text.match(/persist-credentials: false/g)?.length ?? 0).toBe(checkouts)
    expect(text).toMatch(/^permissions:/m)
  })
  it('the parser does catch a broken workflow (the check is not vacuous)', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: missing\n    stepz: []\n'
    expect((await workflowErrors('broken.yml', broken)).length).toBeGreaterThan(0)
  })
})

describe('action.yml', () => {
  it("passes GitHub's action parser", () => {
    expect(actionErrors('action.yml', readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))).toEqual([])
  })
  it('is marketplace-ready and runs on node24 with a post phase', () => {
    const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
    expect(text).toMatch(/^name: go-pipeline$/m)
    expect(text).toMatch(/^description: '.{20,125}'$/m)
    expect(text).toMatch(/^author: /m)
    expect(text).toMatch(/^branding:\n {2}icon: \S+\n {2}color: \S+$/m)
    expect(text).toMatch(/using: node24\n {2}main: dist\/main\/index\.js\n {2}post: dist\/post\/index\.js/)
  })
  it('the parser does catch a broken action.yml', () => {
    expect(actionErrors('action.yml', 'name: x\ndescription: y\nruns:\n  using: node24\n').length).toBeGreaterThan(0)
  })
})
