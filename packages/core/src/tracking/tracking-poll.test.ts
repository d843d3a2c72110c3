import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type PageVisibility, type RefreshOutcome, startTrackingPoll } from './tracking-poll.js'

/** A page whose visibility the test sets, as the document's would change. */
let hidden = false
const listeners = new Set<() => void>()
const page: PageVisibility = {
  isHidden: () => hidden,
  watch(onChange) {
    listeners.add(onChange)
    return () => listeners.delete(onChange)
  },
}

beforeEach(() => {
  vi.useFakeTimers()
  hidden = false
  listeners.clear()
})
afterEach(() => {
  vi.useRealTimers()
})

function poll(outcomes: RefreshOutcome[]) {
  const times: number[] = []
  const refresh = vi.fn(async () => {
    times.push(Date.now())
    return outcomes.shift() ?? 'unchanged'
  })
  const start = Date.now()
  const stop = startTrackingPoll({
    refresh,
    firstDelayMs: 30_000,
    maxDelayMs: 300_000,
    visibility: page,
  })
  return { refresh, stop, waits: () => times.map((time, i) => time - (times[i - 1] ?? start)) }
}

const setVisibility = (state: 'hidden' | 'visible') => {
  hidden = state === 'hidden'
  for (const listener of listeners) listener()
}

describe('startTrackingPoll', () => {
  it('waits 30 s, doubles while nothing changes up to 5 min, and starts over on news', async () => {
    const { waits, stop } = poll(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'changed'])
    await vi.advanceTimersByTimeAsync(30_000 + 60_000 + 120_000 + 240_000 + 300_000 + 30_000)
    expect(waits()).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 30_000])
    stop()
  })

  it('stops for good when the parcels are done', async () => {
    const { refresh } = poll(['done'])
    await vi.advanceTimersByTimeAsync(3_600_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(listeners.size).toBe(0)
  })

  it('pauses while the page is hidden and refreshes at once when it is shown', async () => {
    const { refresh, stop } = poll([])
    setVisibility('hidden')
    await vi.advanceTimersByTimeAsync(3_600_000)
    expect(refresh).not.toHaveBeenCalled()
    setVisibility('visible')
    await vi.advanceTimersByTimeAsync(0)
    expect(refresh).toHaveBeenCalledTimes(1)
    // That refresh brought nothing new, so the next waits twice as long.
    await vi.advanceTimersByTimeAsync(59_999)
    expect(refresh).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(refresh).toHaveBeenCalledTimes(2)
    stop()
  })
})
