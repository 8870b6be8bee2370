/**
 * Runs tasks concurrently, at most `limit` at once, and never two with the same key at once:
 * B2C answers AADB2C95053 to a write that overlaps another on the same keyset. Tasks of one key
 * run in the order given. Every task runs, whatever the others do; each outcome is returned in
 * input order, as Promise.allSettled would.
 */
export interface KeyedTask<T> {
  key: string
  run: () => Promise<T>
}

export function runKeyed<T>(tasks: readonly KeyedTask<T>[], limit: number): Promise<PromiseSettledResult<T>[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`)
  const outcomes: PromiseSettledResult<T>[] = new Array(tasks.length)
  const waiting = tasks.map((task, index) => ({ task, index }))
  const busy = new Set<string>()
  let running = 0
  return new Promise((resolve) => {
    const pump = (): void => {
      if (waiting.length === 0 && running === 0) return resolve(outcomes)
      while (running < limit) {
        const next = waiting.findIndex(({ task }) => !busy.has(task.key))
        if (next === -1) return
        const [{ task, index }] = waiting.splice(next, 1) as [{ task: KeyedTask<T>; index: number }]
        busy.add(task.key)
        running++
        settle(task.run).then((outcome) => {
          outcomes[index] = outcome
          busy.delete(task.key)
          running--
          pump()
        })
      }
    }
    pump()
  })
}

async function settle<T>(run: () => Promise<T>): Promise<PromiseSettledResult<T>> {
  try {
    return { status: 'fulfilled', value: await run() }
  } catch (reason) {
    return { status: 'rejected', reason }
  }
}
