/** The pipeline as data: every available stage, in order. */
import type { Stage, StageId } from './stage.js'
import { build } from '../stages/build.js'
import { cache } from '../stages/cache.js'
import { fmt } from '../stages/fmt.js'
import { image } from '../stages/image.js'
import { lint } from '../stages/lint.js'
import { setup } from '../stages/setup.js'
import { test } from '../stages/test.js'
import { vet } from '../stages/vet.js'


export const PIPELINE: readonly Stage[] = [setup, cache, vet, fmt, lint, test, build, image]

/** The chosen stages, in pipeline order; the cache stage comes with them (it skips itself when off). */
export function selectStages(ids: readonly StageId[]): Stage[] {
  return PIPELINE.filter(s => s.id === 'cache' || ids.includes(s.id))
}
