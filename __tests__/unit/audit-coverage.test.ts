import { describe, expect, it } from '@jest/globals'
import { coverage } from '../../src/audit/coverage.js'

const NOW = 1_000

describe('coverage', () => {
  it('is undefined with nothing valid now, naming the last end and the next start', () => {
    expect(coverage([], NOW)).toEqual({ current: 0, until: undefined, extendedByQueued: false, nextStart: undefined, lastEnded: undefined })
    expect(coverage([{ start: 0, end: 900 }, { start: 0, end: 950 }, { start: 1_200, end: 2_000 }], NOW)).toEqual({ current: 0, until: undefined, extendedByQueued: false, nextStart: 1_200, lastEnded: 950 })
  })

  it('treats an end equal to now as ended and a start equal to now as begun', () => {
    expect(coverage([{ start: 0, end: NOW }], NOW).until).toBeUndefined()
    expect(coverage([{ start: NOW, end: 2_000 }], NOW).until).toBe(2_000)
  })

  it('follows queued windows that take over in time, and stops at a gap', () => {
    expect(coverage([{ start: 0, end: 1_500 }, { start: 1_400, end: 3_000 }, { start: 2_900, end: 4_000 }], NOW)).toMatchObject({ until: 4_000, extendedByQueued: true, nextStart: undefined })
    expect(coverage([{ start: 0, end: 1_500 }, { start: 1_500, end: 3_000 }], NOW)).toMatchObject({ until: 3_000, extendedByQueued: true })
    expect(coverage([{ start: 0, end: 1_500 }, { start: 1_600, end: 3_000 }], NOW)).toMatchObject({ until: 1_500, extendedByQueued: false, nextStart: 1_600 })
  })

  it('never ends when a valid or queued-in-time window has no end', () => {
    expect(coverage([{ start: undefined, end: undefined }], NOW)).toMatchObject({ until: null, extendedByQueued: false })
    expect(coverage([{ start: 0, end: 1_500 }, { start: 1_200, end: undefined }], NOW)).toMatchObject({ until: null, extendedByQueued: true })
  })

  it('counts the windows valid now', () => {
    expect(coverage([{ start: 0, end: 2_000 }, { start: 500, end: 3_000 }, { start: 1_500, end: 4_000 }], NOW).current).toBe(2)
  })
})
