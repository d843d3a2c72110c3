let warmed = false

/**
 * The page's first `Intl.NumberFormat` loads the ICU data: ~40 ms of main thread at 1×, ~200 ms
 * at 4× CPU, whatever the locale. Paid in a task of its own while the cart is on its way, it
 * stays out of the task that renders the cart.
 */
export function warmUpFormatting(): void {
  if (warmed) return
  warmed = true
  try {
    new Intl.NumberFormat(globalThis.document?.documentElement.lang || undefined, {
      style: 'currency',
      currency: 'USD',
    }).format(0)
  } catch {
    // A malformed page `lang` throws here; the element resolves its own locale safely.
  }
}
