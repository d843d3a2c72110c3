import { signal } from '@preact/signals'

/**
 * How long an element waits for its backend (a registration, a late `adapter` property) before
 * it says it has none: after the page has loaded, and after the element first looked for it.
 * Until then it shows a neutral loading state: frameworks that define, render or hydrate late,
 * or hand the adapter over in an effect after the element connected (React's `useEffect`, Vue's
 * `onMounted`), must not meet a setup error on the way.
 */
export const BACKEND_GRACE_MS = 5000

const passed = signal(false)
// Set by tests that want every element's own grace over at once.
const everyElementsGraceOver = signal(false)
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

/**
 * One element's deadline: true once the page's grace is over and BACKEND_GRACE_MS have passed
 * since the element first looked for a backend (its first render after connecting), so an element a single-page app renders
 * long after the page loaded waits as long as one in the first HTML did. Read as a signal.
 */
export function elementBackendDeadline(): () => boolean {
  const own = signal(false)
  let asked = false
  return () => {
    if (!asked) {
      asked = true
      setTimeout(() => (own.value = true), BACKEND_GRACE_MS)
    }
    return backendDeadlinePassed() && (own.value || everyElementsGraceOver.value)
  }
}

/**
 * For tests: the page has loaded and its grace period is over (true), or starts again (false);
 * with `sinceConnected: false`, elements still wait for their own grace since they connected.
 */
export function setBackendDeadlinePassed(
  value: boolean,
  { sinceConnected = value }: { sinceConnected?: boolean } = {},
): void {
  clearTimeout(timer)
  started = value
  passed.value = value
  everyElementsGraceOver.value = sinceConnected
}
