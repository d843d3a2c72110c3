/** What one refresh learned: news resets the pace, `done` ends the polling. */
export type RefreshOutcome = 'changed' | 'unchanged' | 'done'

/** Whether the page is on screen, and word when that changes; the widget passes the document's. */
export interface PageVisibility {
  isHidden(): boolean
  /** Calls `onChange` after every change; returns what stops it. */
  watch(onChange: () => void): () => void
}

/** For hosts with no page (servers, tests): always on screen. */
export const alwaysVisible: PageVisibility = { isHidden: () => false, watch: () => () => {} }

export interface TrackingPollOptions {
  refresh(): Promise<RefreshOutcome>
  /** The first wait and the wait after news (30 s on the page). */
  firstDelayMs: number
  /** The longest wait, reached by doubling while nothing changes (5 min on the page). */
  maxDelayMs: number
  visibility?: PageVisibility | undefined
}

/**
 * Polls with backoff while the page is visible: a hidden tab costs the backend nothing, and the
 * shopper who comes back sees the latest at once. Returns a function that stops it.
 */
export function startTrackingPoll(options: TrackingPollOptions): () => void {
  const visibility = options.visibility ?? alwaysVisible
  let delay = options.firstDelayMs
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let inFlight = false
  const hidden = () => visibility.isHidden()

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
  let unwatch = () => {}
  function stop() {
    stopped = true
    clearTimeout(timer)
    unwatch()
  }

  unwatch = visibility.watch(onVisibility)
  schedule()
  return stop
}
