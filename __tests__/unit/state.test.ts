import { describe, expect, it } from '@jest/globals'
import { decodeState, encodeState, type PostState } from '../../src/action/state.js'

describe('post state', () => {
  const state: PostState = { v: 1, workingDirectory: '/ws', stages: ['setup'], go: { version: '1.26.8', goroot: '/tc/go' } }
  it('round-trips', () => expect(decodeState(encodeState(state))).toEqual(state))
  it("round-trips the build cache's trim time and restored file count", () => {
    const cached: PostState = {
      ...state,
      saves: [{ id: 'build', paths: ['/c'], key: 'k' }],
      trimBefore: '2026-11-22T08:00:00.000Z',
      restoredFiles: 4453,
      unsaved: [{ id: 'modules', key: 'm', why: 'not needed: the exact entry exists' }],
    }
    expect(decodeState(encodeState(cached))).toEqual(cached)
  })
  it.each([
    '',
    'not json',
    '[]',
    '{"v":2,"workingDirectory":"/","stages":[]}',
    '{"v":1,"workingDirectory":"/","stages":["deploy"]}',
    '{"v":1,"workingDirectory":"/","stages":[],"go":{"version":1}}',
    '{"v":1,"workingDirectory":"/","stages":[],"restoredFiles":-1}',
    '{"v":1,"workingDirectory":"/","stages":[],"restoredFiles":"12"}',
    '{"v":1,"workingDirectory":"/","stages":[],"unsaved":[{"id":"go","key":"k","why":"w"}]}',
  ])('rejects %j', text => expect(decodeState(text)).toBeUndefined())
})
