/** The pipeline as data: every available stage, in order. */
import type { StageId } from '../config.js'
import { build } from '../stages/build.js'
import { fmt } from '../stages/fmt.js'
import { lint } from '../stages/lint.js'
import { setup } from '../stages/setup.js'
import { test } from '../stages/test.js'
import { vet } from '../stages/vet.js'
import type { Stage } from './stage.js'

export const PIPELINE: readonly Stage[] = [setup, vet, fmt, lint, test, build]

export function selectStages(ids: readonly StageId[]): Stage[] {
  return PIPELINE.filter(s => ids.includes(s.id))
}
