import type { Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { cards, erika } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// The fault suite's worst cases in Chromium, over the real http adapter and mock server: its own
// retries spent, the shopper sees the failure, keeps what they typed, and finishes the purchase
// once the network is well again (packages/elements/src/elements/checkout-faults.test.ts runs
// every call × fault in happy-dom).

const session = useShopperSession()

const orderCount = () => session.site.engine.exportState().orders?.length ?? 0

/**
 * Breaks the next `times` requests to `path` of the API (the http adapter retries a safe request
 * twice, so three make the shopper see it); `reachServer`: the shop does the work, the answer
 * is lost on the way back. Returns the idempotency keys the broken requests carried.
 */
async function breakRequests(
  path: string,
  times: number,
  fail: (route: Route) => Promise<void>,
  reachServer = false,
) {
  let left = times
  const seen: string[] = []
  await session.shopper.page.route(`${session.site.api}${path}`, async (route) => {
    if (route.request().method() === 'OPTIONS' || left <= 0) return route.continue()
    left--
    seen.push(route.request().headers()['idempotency-key'] ?? '')
    if (reachServer) await route.fetch()
    await fail(route)
  })
  return seen
}

/** The shop answers `path` again (after `breakRequests(path, Infinity, …)`). */
const mendRequests = (path: string) => session.shopper.page.unroute(`${session.site.api}${path}`)

describe('a purchase in Chromium under faults', () => {
  it('places one order when the answers to "Pay" are lost after the shop placed it', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment(cards.approves)
    await shopper.continueToReview()
    const keys = await breakRequests('/carts/*/orders', 3, (route) => route.abort('timedout'), true)
    await shopper.payButton().click()

    const alert = shopper.checkout.locator('[part~="error-banner"]')
    await alert.waitFor()
    expect(await alert.innerText()).toContain("We couldn't reach the shop")
    expect(orderCount()).toBe(1)
    await alert.getByRole('button', { name: 'Try again' }).click()
    await shopper.confirmation()
    // Every attempt carried one key, so the shop answered the retry with the order it placed.
    expect(new Set(keys).size).toBe(1)
    expect(orderCount()).toBe(1)
    expect(await shopper.events('weship-order-placed')).toHaveLength(1)
  })

  it('keeps the typed address through a shop that answers 500, then carries on', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    const problem = {
      type: 'https://weship.dev/problems/internal-error',
      title: 'Internal error',
      status: 500,
      code: 'ADAPTER',
      reason: 'internal_error',
    }
    // Until mended: the address is saved after a pause in typing and again by Continue, so how
    // many requests fail before "Try again" depends on the shopper's pace.
    await breakRequests('/carts/*/shipping-address', Number.POSITIVE_INFINITY, (route) =>
      route.fulfill({ status: 500, contentType: 'application/problem+json', json: problem }),
    )
    await shopper.fillAddress()
    await shopper.checkout.getByRole('button', { name: 'Continue to payment' }).click()

    const alert = shopper.checkout.locator('[part~="error-banner"]')
    await alert.waitFor()
    expect(await alert.innerText()).toContain("Something went wrong on the shop's side")
    expect(await shopper.checkout.getByLabel('Address', { exact: true }).inputValue()).toBe(
      erika.line1,
    )
    await mendRequests('/carts/*/shipping-address')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await shopper.pickDelivery()
    await shopper.typeCard(cards.approves)
    await shopper.continueToReview()
    expect(await shopper.text()).toContain(erika.line1)
    await shopper.payButton().click()
    await shopper.confirmation()
    expect(orderCount()).toBe(1)
  })

  it('pays once when the shopper is offline at "Pay" and the network comes back', async () => {
    const { shopper, context } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.reachPayment(cards.approves)
    await shopper.continueToReview()
    await context.setOffline(true)
    try {
      await shopper.payButton().click()
      await shopper.checkout.locator('[part~="error-banner"]').waitFor()
      expect(orderCount()).toBe(0)
    } finally {
      await context.setOffline(false)
    }
    // Back online, the checkout tries again by itself, with the same key.
    await shopper.confirmation()
    expect(orderCount()).toBe(1)
  })

  it('keeps the delivery the shopper picked last when the answer to the first comes late', async () => {
    const { shopper } = session
    await shopper.goto(`${session.site.url}/script-tag/`)
    await shopper.addToCart('Merino Crew Sweater', 1)
    await shopper.checkOut()
    await shopper.fillContact()
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let first = true
    await shopper.page.route(`${session.site.api}/carts/*/shipping-option`, async (route) => {
      if (route.request().method() !== 'PUT' || !first) return route.continue()
      first = false
      // The shop saves the first choice at once; its answer arrives after the second.
      const response = await route.fetch()
      await held
      await route.fulfill({ response })
    })
    // The typed address is saved after a pause in typing, its options listed and the first one
    // chosen: the answer to that choice is held while the shopper picks Express.
    await shopper.fillAddress()
    const express = shopper.checkout.getByRole('radio', { name: /Express/ })
    await express.click()
    release()
    await expect.poll(() => express.isChecked()).toBe(true)
    await shopper.checkout.getByRole('button', { name: 'Continue to payment' }).click()
    await shopper.expectStep('Payment')
    await shopper.typeCard(cards.approves)
    await shopper.continueToReview()
    await shopper.payButton().click()
    await shopper.confirmation()
    const [order] = session.site.engine.exportState().orders ?? []
    expect(order?.shippingOption.kind).toBe('express')
  })
})
