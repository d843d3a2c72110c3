import { signal } from '@preact/signals'

/**
 * How long after the page has loaded an element waits for its backend (a registration, a late
 * `adapter` property) before it says it has none. Until then it shows a neutral loading state:
 * frameworks that define, render or hydrate late must not meet a setup error on the way.
 */
export const BACKEND_GRACE_MS = 5000

const passed = signal(false)
let started = false
let timer: ReturnType<typeof setTimeout> | undefined

/** True once the grace period after the page's `load` is over; read as a signal. */
export function backendDeadlinePassed(): boolean {
  if (!started) {
    started = true
    const startGrace = () => {
      timer = setTimeout(() => (passed.value = true), BACKEND_GRACE_MS)
    }
    if (globalThis.document?.readyState === 'complete') startGrace()
    else globalThis.addEventListener?.('load', startGrace, { once: true })
  }
  return passed.value
}

/** For tests: the page has loaded and the grace period is over (true), or starts again (false). */
export function setBackendDeadlinePassed(value: boolean): void {
  clearTimeout(timer)
  started = value
  passed.value = value
}
