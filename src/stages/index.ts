/** The pipeline as data: every stage, in order (the runner in src/pipeline/ runs them). */
import { IMPLICIT_STAGES, type Stage, type StageId } from '../pipeline/stage.js'
import { build } from './build.js'
import { cache } from './cache.js'
import { compile } from './compile.js'
import { fetchModules } from './fetch.js'
import { fmt } from './fmt.js'
import { gather } from './gather.js'
import { generate } from './generate.js'
import { image } from './image.js'
import { lint } from './lint.js'
import { merge } from './merge.js'
import { setup } from './setup.js'
import { test } from './test.js'
import { tidy } from './tidy.js'
import { vuln } from './vuln.js'
import { vet } from './vet.js'

export const PIPELINE: readonly Stage[] = [setup, cache, fetchModules, generate, compile, vet, fmt, tidy, vuln, lint, test, merge, build, gather, image]

/** The chosen stages, in pipeline order; cache and compile come with them (each skips itself when it has nothing to do). */
export function selectStages(ids: readonly StageId[]): Stage[] {
  return PIPELINE.filter(s => IMPLICIT_STAGES.includes(s.id) || ids.includes(s.id))
}
