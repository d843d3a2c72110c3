import type { MockServer } from '@weship/mock-server'
import { describe, expect, it } from 'vitest'
import { postPurchaseShopper } from '../../packages/mock-server/src/testing/post-purchase-shopper'
import { useShopperSession } from '../../test/browser/shopper-session'

// Issue 16's "Buy again": the link of the e-mail that says the order arrived, followed in Chromium
// to the shop page (examples/script-tag/index.html), whose checkout fills a new cart with it.

const session = useShopperSession({ site: 'per-test' })

interface Listed {
  id: string
  kind: string
  to: string
}

describe('"Buy again" from the delivered e-mail', () => {
  it('fills a new cart on the shop page with the order’s items, and says what sold out', async () => {
    const site = await session.openSite(undefined, { shopPage: '/script-tag/' })
    const shop = postPurchaseShopper({
      url: site.api,
      paymentUrl: site.paymentOrigin,
    } as MockServer)
    const email = 'ada@example.com'
    const skus = ['COTTON-TEE-WHITE-M', 'LINEN-OVERSHIRT-OLIVE-L']
    const order = await shop.order(await shop.cartWithContact({ email, consent: false, skus }))
    // Two overshirts were in stock: another shopper takes the last one before Ada comes back.
    const other = { email: 'bob@example.com', consent: false, skus: [skus[1] ?? ''] }
    await shop.order(await shop.cartWithContact(other))
    for (let day = 0; day < 6; day += 1) await shop.advance('P1D')

    // The message that completes the order offers "Buy again" (its first package's does not).
    const outbox = await fetch(`${site.api}/__dev/outbox`, {
      headers: { accept: 'application/json' },
    })
    const { messages } = (await outbox.json()) as { messages: Listed[] }
    const delivered = messages.filter(
      (message) => message.kind === 'delivered' && message.to === email,
    )
    expect(delivered).toHaveLength(2)
    const { page } = session.shopper
    // Newest first: the last delivery, opened as the shopper's mail client shows it.
    await page.goto(`${site.api}/__dev/outbox/${delivered[0]?.id}`)
    const link = page.getByRole('link', { name: 'Buy again' })
    expect(await link.getAttribute('href')).toMatch(
      new RegExp(`^${site.url}/script-tag/\\?weship_reorder=[\\w-]+$`),
    )
    await link.click()
    await page.waitForURL(`${site.url}/script-tag/`)

    const { checkout } = session.shopper
    const notice = checkout.locator('[part~="reorder-notice"]')
    await notice.waitFor()
    expect(await notice.locator('p').innerText()).toBe(
      'Some items from your order could not be added',
    )
    expect(await notice.getByRole('listitem').allInnerTexts()).toEqual([
      'Linen Overshirt: sold out',
    ])
    const lines = checkout.locator('[part~="line-item"]')
    await expect.poll(() => lines.count()).toBe(1)
    expect(await lines.first().innerText()).toContain('Cotton Tee')
    // A new cart, remembered on this device; the order stays as it was.
    const changes = (await session.shopper.events('weship-cart-change')) as {
      cart: { itemCount: number } | null
    }[]
    expect(changes.at(-1)?.cart?.itemCount).toBe(1)
    expect(site.engine.getOrder(order.id, order.statusToken).receipt.items).toHaveLength(2)
    // The link's token left the address bar: a bookmark or a shared URL does not carry it.
    expect(page.url()).toBe(`${site.url}/script-tag/`)
  })
})
