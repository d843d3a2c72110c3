import { signal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { laterSteps } from './later-steps.js'

type LaterSteps = typeof laterSteps

const steps = signal<LaterSteps | null>(null)
const failed = signal(false)
let loading: Promise<void> | undefined

/** Fetches the steps after the cart once per page; a failed fetch may be tried again. */
export function loadLaterSteps(): Promise<void> {
  failed.value = false
  loading ??= import('./later-steps.js').then(
    (module) => {
      steps.value = module.laterSteps
    },
    () => {
      loading = undefined
      failed.value = true
    },
  )
  return loading
}

/**
 * The steps after the cart, fetched as soon as a cart is on screen: the shopper reads the cart
 * while they arrive, so "Check out" rarely waits.
 */
export function useLaterSteps(): { steps: LaterSteps | null; failed: boolean } {
  useEffect(() => {
    void loadLaterSteps()
  }, [])
  return { steps: steps.value, failed: failed.value }
}
