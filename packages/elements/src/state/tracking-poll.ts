/** What one refresh learned: news resets the pace, `done` ends the polling. */
export type RefreshOutcome = 'changed' | 'unchanged' | 'done'

export interface TrackingPollOptions {
  refresh(): Promise<RefreshOutcome>
  /** The first wait and the wait after news (30 s on the page). */
  firstDelayMs: number
  /** The longest wait, reached by doubling while nothing changes (5 min on the page). */
  maxDelayMs: number
  document?: Document | undefined
}

/**
 * Polls with backoff while the page is visible: a hidden tab costs the backend nothing, and the
 * shopper who comes back sees the latest at once. Returns a function that stops it.
 */
export function startTrackingPoll(options: TrackingPollOptions): () => void {
  const doc = options.document ?? globalThis.document
  let delay = options.firstDelayMs
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let inFlight = false
  const hidden = () => doc?.visibilityState === 'hidden'

  const schedule = () => {
    clearTimeout(timer)
    if (!stopped && !hidden()) timer = setTimeout(tick, delay)
  }
  const tick = async () => {
    if (stopped || inFlight) return
    inFlight = true
    const outcome = await options.refresh().catch((): RefreshOutcome => 'unchanged')
    inFlight = false
    if (outcome === 'done') return stop()
    delay = outcome === 'changed' ? options.firstDelayMs : Math.min(delay * 2, options.maxDelayMs)
    schedule()
  }
  const onVisibility = () => {
    clearTimeout(timer)
    if (hidden()) return
    delay = options.firstDelayMs
    void tick()
  }
  function stop() {
    stopped = true
    clearTimeout(timer)
    doc?.removeEventListener('visibilitychange', onVisibility)
  }

  doc?.addEventListener('visibilitychange', onVisibility)
  schedule()
  return stop
}
