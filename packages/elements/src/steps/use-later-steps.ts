import { useEffect } from 'preact/hooks'
import { addEnglish } from '../i18n/translator.js'
import { lazyModule } from '../state/lazy-module.js'
import { addStyles } from '../styles/stylesheet.js'

/** The steps after the cart; the checkout element reports a failed fetch of them. */
export const laterStepsModule = lazyModule('The checkout steps', () =>
  import('./later-steps.js').then((module) => {
    addStyles(...module.laterStepStyles)
    addEnglish(module.laterStepsEnglish)
    return module.laterSteps
  }),
)

/** Fetches the steps after the cart once per page; a failed fetch may be tried again. */
export const loadLaterSteps = (): Promise<void> => laterStepsModule.load()

/**
 * The steps after the cart, fetched as soon as a cart is on screen: the shopper reads the cart
 * while they arrive, so "Check out" rarely waits.
 */
export function useLaterSteps() {
  useEffect(() => {
    void loadLaterSteps()
  }, [])
  return { steps: laterStepsModule.value.value, error: laterStepsModule.error.value }
}
