import { describe, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { runKeyed } from '../../src/keyed-pool.js'

/** Tasks that record how many run at once, overall and per key. */
function recorder() {
  let running = 0
  const perKey = new Map<string, number>()
  const seen = { peak: 0, peakPerKey: 0, order: [] as string[] }
  const task = (key: string, label: string, ms: number, fail = false) => ({
    key,
    run: async () => {
      running++
      perKey.set(key, (perKey.get(key) ?? 0) + 1)
      seen.peak = Math.max(seen.peak, running)
      seen.peakPerKey = Math.max(seen.peakPerKey, perKey.get(key)!)
      seen.order.push(label)
      await sleep(ms)
      running--
      perKey.set(key, perKey.get(key)! - 1)
      if (fail) throw new Error(`${label} failed`)
      return label
    },
  })
  return { seen, task }
}

describe('runKeyed', () => {
  it('runs at most `limit` at once and never two of one key', async () => {
    const { seen, task } = recorder()
    const tasks = [task('a', 'a1', 20), task('a', 'a2', 5), task('b', 'b1', 10), task('c', 'c1', 10), task('d', 'd1', 10), task('e', 'e1', 10), task('a', 'a3', 5)]
    const outcomes = await runKeyed(tasks, 4)
    expect(outcomes.map((outcome) => outcome.status === 'fulfilled' && outcome.value)).toEqual(['a1', 'a2', 'b1', 'c1', 'd1', 'e1', 'a3'])
    expect(seen.peak).toBe(4)
    expect(seen.peakPerKey).toBe(1)
    expect(seen.order.filter((label) => label.startsWith('a'))).toEqual(['a1', 'a2', 'a3'])
  })

  it('keeps going when a task fails, and reports each outcome in input order', async () => {
    const { task } = recorder()
    const outcomes = await runKeyed([task('a', 'a1', 5, true), task('a', 'a2', 5), task('b', 'b1', 1)], 2)
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled', 'fulfilled'])
  })

  it('resolves at once with nothing to do, and refuses a limit below one', async () => {
    await expect(runKeyed([], 4)).resolves.toEqual([])
    expect(() => runKeyed([], 0)).toThrow(RangeError)
  })
})
