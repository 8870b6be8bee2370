/**
 * When a set of keys (or credentials) stops covering the present: each has a validity window,
 * and the set is usable at a moment when at least one window holds it. Queued keys (a later
 * start) count when they take over before the current ones end; a gap ends the coverage.
 */

/** Unix seconds; no start = valid since always, no end = never expires. */
export interface ValidityWindow {
  start: number | undefined
  end: number | undefined
}

export interface Coverage {
  /** Windows valid now. */
  current: number
  /**
   * When nothing is valid any more, following queued windows that take over in time:
   * `null` = never (a window without end), `undefined` = nothing is valid now.
   */
  until: number | null | undefined
  /** Whether windows that start later than now extend the coverage. */
  extendedByQueued: boolean
  /** The first start after `until` (a queued window after a gap), or after now when nothing is valid. */
  nextStart: number | undefined
  /** The latest end already past, when nothing is valid now. */
  lastEnded: number | undefined
}

export function isValidAt(window: ValidityWindow, at: number): boolean {
  return (window.start === undefined || window.start <= at) && (window.end === undefined || window.end > at)
}

export function coverage(windows: readonly ValidityWindow[], now: number): Coverage {
  const current = windows.filter((w) => isValidAt(w, now))
  if (current.length === 0) {
    const ended = windows.flatMap((w) => (w.end !== undefined && w.end <= now ? [w.end] : []))
    return { current: 0, until: undefined, extendedByQueued: false, nextStart: firstStartAfter(windows, now), lastEnded: ended.length ? Math.max(...ended) : undefined }
  }
  let until = now
  let extendedByQueued = false
  // Each step moves to the latest end among windows valid at `until`; at most one step per window.
  for (let step = 0; step <= windows.length; step++) {
    const valid = windows.filter((w) => isValidAt(w, until))
    if (valid.length === 0) break
    if (valid.some((w) => w.end === undefined)) return { current: current.length, until: null, extendedByQueued: extendedByQueued || !current.some((w) => w.end === undefined), nextStart: undefined, lastEnded: undefined }
    if (valid.some((w) => w.start !== undefined && w.start > now)) extendedByQueued = true
    until = Math.max(...valid.map((w) => w.end as number))
  }
  return { current: current.length, until, extendedByQueued, nextStart: firstStartAfter(windows, until), lastEnded: undefined }
}

function firstStartAfter(windows: readonly ValidityWindow[], at: number): number | undefined {
  const starts = windows.flatMap((w) => (w.start !== undefined && w.start > at ? [w.start] : []))
  return starts.length ? Math.min(...starts) : undefined
}
