import type { PageVisibility } from '@weship/checkout-core'

/** The page's visibility for core's polling: hidden tabs pause, and a tab shown again refreshes. */
export function documentVisibility(
  doc: Document | undefined = globalThis.document,
): PageVisibility {
  return {
    isHidden: () => doc?.visibilityState === 'hidden',
    watch(onChange) {
      doc?.addEventListener('visibilitychange', onChange)
      return () => doc?.removeEventListener('visibilitychange', onChange)
    },
  }
}
