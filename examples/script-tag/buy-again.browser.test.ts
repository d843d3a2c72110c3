import type { MockServer } from '@weship/mock-server'
import { describe, expect, it } from 'vitest'
import { postPurchaseShopper } from '../../packages/mock-server/src/testing/post-purchase-shopper'
import { useShopperSession } from '../../test/browser/shopper-session'

// Issue 16's "Buy again": the link of the e-mail that says the order arrived, followed in Chromium
// to the shop's page (the store page's classic script, or the product page's ES module and its
// drawer), whose checkout fills a new cart with the order's items.

const session = useShopperSession({ site: 'per-test' })

interface Listed {
  id: string
  kind: string
  to: string
}

/** Ada's order, another shopper's, and the days until both arrived; Ada's delivered e-mails, newest first. */
async function orderAndDeliver(shopPage: string) {
  const site = await session.openSite(undefined, { shopPage })
  const shop = postPurchaseShopper({ url: site.api, paymentUrl: site.paymentOrigin } as MockServer)
  const email = 'ada@example.com'
  const skus = ['COTTON-TEE-WHITE-M', 'LINEN-OVERSHIRT-OLIVE-L']
  const order = await shop.order(await shop.cartWithContact({ email, consent: false, skus }))
  // Two overshirts were in stock: another shopper takes the last one before Ada comes back.
  const other = { email: 'bob@example.com', consent: false, skus: [skus[1] ?? ''] }
  await shop.order(await shop.cartWithContact(other))
  for (let day = 0; day < 6; day += 1) await shop.advance('P1D')
  const outbox = await fetch(`${site.api}/__dev/outbox`, {
    headers: { accept: 'application/json' },
  })
  const { messages } = (await outbox.json()) as { messages: Listed[] }
  const delivered = messages.filter(
    (message) => message.kind === 'delivered' && message.to === email,
  )
  return { site, order, delivered }
}

/** Opens the delivered e-mail as the shopper's mail client shows it and clicks "Buy again". */
async function followBuyAgain(site: { api: string; url: string }, id: string, shopPage: string) {
  const { page } = session.shopper
  await page.goto(`${site.api}/__dev/outbox/${id}`)
  const link = page.getByRole('link', { name: 'Buy again' })
  const escaped = `${site.url}${shopPage}`.replaceAll(/[.?]/g, '\\$&')
  expect(await link.getAttribute('href')).toMatch(
    new RegExp(`^${escaped}\\?weship_reorder=[\\w-]+$`),
  )
  await link.click()
  // The link's token leaves the address bar: a bookmark or a shared URL does not carry it.
  await page.waitForURL(`${site.url}${shopPage}`)
}

async function expectNewCart() {
  const { checkout } = session.shopper
  const notice = checkout.locator('[part~="reorder-notice"]')
  await notice.waitFor()
  expect(await notice.locator('p').innerText()).toBe(
    'Some items from your order could not be added',
  )
  expect(await notice.getByRole('listitem').allInnerTexts()).toEqual(['Linen Overshirt: sold out'])
  const lines = checkout.locator('[part~="line-item"]')
  await expect.poll(() => lines.count()).toBe(1)
  expect(await lines.first().innerText()).toContain('Cotton Tee')
  const changes = (await session.shopper.events('weship-cart-change')) as {
    cart: { itemCount: number } | null
  }[]
  expect(changes.at(-1)?.cart?.itemCount).toBe(1)
}

describe('"Buy again" from the delivered e-mail', () => {
  it('fills a new cart on the store page (classic script), and says what sold out', async () => {
    const { site, order, delivered } = await orderAndDeliver('/script-tag/')
    // The message that completes the order offers "Buy again" (its first package's does not).
    expect(delivered).toHaveLength(2)
    await followBuyAgain(site, delivered[0]?.id ?? '', '/script-tag/')
    await expectNewCart()
    // A new cart: the order stays as it was.
    expect(site.engine.getOrder(order.id, order.statusToken).receipt.items).toHaveLength(2)
  })

  it('opens the drawer of a product page (ES module, its "Buy again" chunk) on the new cart', async () => {
    const { site, delivered } = await orderAndDeliver('/script-tag/product.html')
    await followBuyAgain(site, delivered[0]?.id ?? '', '/script-tag/product.html')
    await session.shopper.checkout.getByRole('dialog').waitFor()
    await expectNewCart()
  })
})
