import { fireEvent, waitFor } from '@testing-library/preact'
import type { AdapterCall, AdapterFault, FaultyAdapter } from '@weship/checkout-core/testing'
import { withFaults } from '@weship/checkout-core/testing'
import { createCommerceEngine, createMemoryAdapter } from '@weship/mock-server'
import { expect } from 'vitest'
import { type Move, purchaseMoves } from './purchase-moves.js'
import { openShopPage, type ShopPage } from './shop-page.js'

// A whole purchase (purchase-moves.ts) over the memory shop wrapped by `withFaults`, healing the
// network after each failure the shopper sees and taking the way forward it offers.

type Page = ShopPage

export interface PurchaseOutcome {
  /** Failures the shopper saw, by move: the message and the way forward offered. */
  seen: Array<{ move: string; message: string; wayForward: string }>
  /** Late answers, by move: what the shopper did meanwhile. */
  late: Array<{ move: string; meanwhile: string }>
}

/** The failure on screen, if any: its words and the control that leads on. */
function failureShown(page: Page): { message: string; wayForward: string } | null {
  for (const [root, view] of [
    [page.current.checkout.shadowRoot, page.current.shopper.view],
    [page.current.add.shadowRoot, page.current.addView],
  ] as const) {
    const alert = root?.querySelector('[part~="error"][role="alert"], [part~="error-message"]')
    if (!alert?.textContent) continue
    const message = alert.querySelector('[part~="error-message"]')?.textContent ?? alert.textContent
    const retry = view.queryByRole('button', { name: 'Try again' })
    const again = view.queryByRole('button', { name: 'Add to cart' })
    const wayForward = retry ? 'Try again' : again ? 'Add to cart' : ''
    return { message, wayForward }
  }
  return null
}

/** What the shopper typed last, field by field: a failure must leave every one of them there. */
type Typed = Map<string, string>

function expectTypedKept(page: Page, typed: Typed) {
  for (const [label, value] of typed) {
    const field = page.current.shopper.view.queryByRole('textbox', { name: label })
    if (field) expect((field as HTMLInputElement).value, label).toBe(value)
  }
}

type Outcome = 'done' | 'late' | 'idle' | { message: string; wayForward: string }

/** Nothing on its way: no busy frame, spinner or adding button. */
function quiet(page: Page): boolean {
  const busy = '[aria-busy="true"], .spinner, [aria-disabled="true"]'
  return ![page.current.checkout, page.current.add].some((element) =>
    element.shadowRoot?.querySelector(busy),
  )
}

/**
 * What became of a move: done, a failure on screen, an answer held late, or, once the widget
 * is quiet and none of those, idle (the shopper has to press on, e.g. "Continue" after a retry).
 */
async function outcomeOf(page: Page, move: Move, faulty: FaultyAdapter): Promise<Outcome> {
  const settled = () => {
    const failure = failureShown(page)
    if (failure) return failure
    if (move.done(page)) return 'done'
    if (faulty.held > 0) return 'late'
    return null
  }
  // Generous: a loaded two-core machine runs happy-dom several times slower than a laptop.
  return waitFor(
    () => {
      const outcome = settled()
      if (outcome) return outcome
      if (!quiet(page)) throw new Error(`"${move.name}" is on its way`)
      return 'idle' as const
    },
    { timeout: 10_000 },
  ).then(async (outcome) => {
    if (outcome !== 'idle') return outcome
    // Quiet once may be between two renders: look again after a while.
    await new Promise((resolve) => setTimeout(resolve, 300))
    return settled() ?? (quiet(page) ? 'idle' : outcomeOf(page, move, faulty))
  })
}

/**
 * Runs the whole purchase with `fault` armed on the first `call` (none: a clean run), healing
 * the network after each failure the shopper sees and taking the way forward it offers.
 */
export async function runPurchase(call: AdapterCall | null, fault: AdapterFault | null) {
  const engine = createCommerceEngine()
  const faulty = withFaults(createMemoryAdapter(engine))
  if (call && fault) faulty.inject(call, fault)
  const shop = openShopPage(engine, faulty)
  const typed: Typed = new Map()
  const seen: PurchaseOutcome['seen'] = []
  const late: PurchaseOutcome['late'] = []
  for (const move of purchaseMoves(engine)) {
    await move.act(shop)
    rememberTyped(shop, typed)
    for (let attempt = 0; ; attempt++) {
      if (attempt > 4) {
        const shown = shop.current.checkout.shadowRoot?.textContent?.slice(0, 600)
        throw new Error(`"${move.name}" never got done; calls: ${callLog(faulty)}; shown: ${shown}`)
      }
      const outcome = await outcomeOf(shop, move, faulty)
      if (outcome === 'done') break
      if (outcome === 'late') {
        late.push({ move: move.name, meanwhile: move.meanwhileDoes ?? 'the shopper waits' })
        await move.meanwhile?.(shop)
        rememberTyped(shop, typed)
        faulty.release()
        continue
      }
      if (outcome === 'idle') {
        // Nothing to see and not done: the shopper presses on (e.g. "Continue" after a retry).
        await move.act(shop)
        continue
      }
      seen.push({ move: move.name, ...outcome })
      expect(outcome.message, `a message on "${move.name}"`).toMatch(/^[A-Z]/)
      expect(outcome.wayForward, `a way forward on "${move.name}": ${outcome.message}`).not.toBe('')
      expectTypedKept(shop, typed)
      faulty.heal()
      const view =
        outcome.wayForward === 'Add to cart' ? shop.current.addView : shop.current.shopper.view
      fireEvent.click(view.getByRole('button', { name: outcome.wayForward }))
      await waitFor(() => expect(failureShown(shop)).toBeNull())
    }
  }
  faulty.heal()
  return { engine, faulty, seen, late, typed, shop }
}

function rememberTyped(page: Page, typed: Typed) {
  for (const label of ['E-mail', 'Full name', 'Address', 'City', 'Postal code']) {
    const field = page.current.shopper.view.queryByRole('textbox', { name: label })
    const value = (field as HTMLInputElement | null)?.value
    if (value) typed.set(label, value)
  }
}

const callLog = (faulty: FaultyAdapter) =>
  faulty.calls.map(({ call, fault }) => (fault ? `${call}[${fault}]` : call)).join(', ')
