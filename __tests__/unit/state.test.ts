import { describe, expect, it } from '@jest/globals'
import { decodeState, encodeState, type PostState } from '../../src/action/state.js'

describe('post state', () => {
  const state: PostState = { v: 1, workingDirectory: '/ws', stages: ['setup'], go: { version: '1.26.8', goroot: '/tc/go' } }
  it('round-trips', () => expect(decodeState(encodeState(state))).toEqual(state))
  it.each([
    '',
    'not json',
    '[]',
    '{"v":2,"workingDirectory":"/","stages":[]}',
    '{"v":1,"workingDirectory":"/","stages":["deploy"]}',
    '{"v":1,"workingDirectory":"/","stages":[],"go":{"version":1}}',
  ])('rejects %j', text => expect(decodeState(text)).toBeUndefined())
})
