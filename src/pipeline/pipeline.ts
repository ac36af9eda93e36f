/** The pipeline as data: every available stage, in order. */
import type { StageId } from '../config.js'
import { setup } from '../stages/setup.js'
import type { Stage } from './stage.js'

export const PIPELINE: readonly Stage[] = [setup]

export function selectStages(ids: readonly StageId[]): Stage[] {
  return PIPELINE.filter(s => ids.includes(s.id))
}
