/** The pipeline as data: every stage, in order (the runner in src/pipeline/ runs them). */
import type { Stage, StageId } from '../pipeline/stage.js'
import { build } from './build.js'
import { cache } from './cache.js'
import { fmt } from './fmt.js'
import { image } from './image.js'
import { lint } from './lint.js'
import { setup } from './setup.js'
import { test } from './test.js'
import { vet } from './vet.js'

export const PIPELINE: readonly Stage[] = [setup, cache, vet, fmt, lint, test, build, image]

/** The chosen stages, in pipeline order; the cache stage comes with them (it skips itself when off). */
export function selectStages(ids: readonly StageId[]): Stage[] {
  return PIPELINE.filter(s => s.id === 'cache' || ids.includes(s.id))
}
