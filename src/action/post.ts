/** The action's post phase. It reads main's state; it never fails the job. */
import { errorMessage } from '../errors.js'
import { actionIO } from '../ports/github.js'
import { decodeState, STATE_KEY } from './state.js'

export async function post(): Promise<void> {
  try {
    const state = decodeState(actionIO.getState(STATE_KEY))
    if (state === undefined) {
      actionIO.info('go-pipeline post: main left no state (it failed before the pipeline ran); nothing to do.')
      return
    }
    actionIO.info(
      `go-pipeline post: main ran ${state.stages.join(', ')}` +
        (state.go ? ` with Go ${state.go.version}` : '') +
        '; no stage of these saves anything in post.',
    )
  } catch (error) {
    actionIO.warning(`go-pipeline post: ${errorMessage(error)}`)
  }
}
