import { describe, expect, it } from 'vitest'
import { useShopperSession } from '../../test/browser/shopper-session'

// Purchases to Japan and Ireland on examples/script-tag/index.html, which loads the classic CDN
// script: the form follows each country's address data, fetched from beside the script with
// the SRI hash built into it, and every place that prints the address writes it the country's way.

const session = useShopperSession()

/** The address data files the page fetched, by letter (`/cdn/address/j-<hash>.json` → `j`). */
function addressDataRequests(): string[] {
  const fetched: string[] = []
  session.shopper.page.on('requestfinished', (request) => {
    const letter = new URL(request.url()).pathname.match(/^\/cdn\/address\/([a-z])-[\w-]{8}\.json$/)
    if (letter?.[1]) fetched.push(letter[1])
  })
  return fetched
}

/** The labels of the address inputs a shopper sees, in order. */
function addressLabels(): Promise<string[]> {
  return session.shopper.checkout.evaluate((host) =>
    [
      ...(host.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        'fieldset input, fieldset select',
      ) ?? []),
    ]
      .filter((field) => field.checkVisibility() && field.getBoundingClientRect().width > 0)
      .map((field) => field.labels?.[0]?.textContent ?? ''),
  )
}

async function toShipping(email: string) {
  await session.shopper.goto(`${session.site.url}/script-tag/`)
  await session.shopper.addToCart('Merino Crew Sweater', 1)
  await session.shopper.checkOut()
  await session.shopper.fillContact(email)
}

/** Pays by card from the payment step and returns the confirmation's text. */
async function pay(): Promise<string> {
  await session.shopper.typeCard()
  await session.shopper.continueToReview()
  await session.shopper.payButton().click()
  await session.shopper.confirmation()
  return session.shopper.text()
}

/** The plain-text part of the order confirmation to `email`, from the mock server's outbox. */
async function confirmationMailTo(email: string): Promise<string> {
  const outbox = `${session.site.api}/__dev/outbox`
  let id = ''
  await expect
    .poll(async () => {
      const response = await fetch(outbox, { headers: { accept: 'application/json' } })
      const { messages } = (await response.json()) as {
        messages: { id: string; kind: string; to: string }[]
      }
      const found = messages.find((m) => m.to === email && m.kind === 'order_confirmation')
      id = found?.id ?? ''
      return id
    })
    .not.toBe('')
  return (await fetch(`${outbox}/${id}?part=text`)).text()
}

describe('an address in Japan', () => {
  it('is asked, checked and printed the Japanese way, fetching two countries’ data, not the world’s', async () => {
    const fetched = addressDataRequests()
    await toShipping('taro@example.jp')
    const form = session.shopper.checkout
    await form.getByLabel('Country or region').selectOption('JP')
    await form.getByRole('combobox', { name: 'Prefecture' }).waitFor()
    expect(await addressLabels()).toEqual([
      'Country or region',
      'Full name',
      'Address',
      'Prefecture',
      'Postal code',
      'Phone (optional)',
    ])
    await form.getByLabel('Full name').fill('山田太郎')
    await form.getByLabel('Address', { exact: true }).fill('渋谷区渋谷1-2-3')
    await form.getByLabel('Prefecture').selectOption('13')
    // A Hokkaido postal code for Tokyo: refused on the spot, with Japan's example.
    await form.getByLabel('Postal code').fill('060-0001')
    await form.getByLabel('Full name').focus()
    await form.getByText('This postal code belongs to another region.').waitFor()
    expect(await form.getByText('For example 154-0023').count()).toBe(1)
    await form.getByLabel('Postal code').fill('150-0002')
    await session.shopper.pickDelivery()

    const japanese = ['〒150-0002', '東京都', '渋谷区渋谷1-2-3', '山田太郎', 'Japan'].join('\n')
    const confirmation = await pay()
    expect(confirmation).toContain(japanese)
    const stored = session.site.engine.exportState().orders?.at(-1)?.shippingAddress
    expect(stored).toMatchObject({ region: '13', postalCode: '150-0002', country: 'JP' })
    // The preselected country's (US, fetched during the contact step) and Japan's: never the world's.
    expect([...new Set(fetched)].sort()).toEqual(['j', 'u'])

    expect(await confirmationMailTo('taro@example.jp')).toContain(
      ['Delivery address', ...japanese.split('\n').map((line) => `\u2068${line}\u2069`)].join('\n'),
    )
    await form.getByRole('link', { name: 'View your order status' }).click()
    await session.shopper.page.waitForURL(/\/tracking-page\/\?order=/)
    const status = session.shopper.page.locator('weship-order-status')
    await expect.poll(() => status.locator('[part~="address"]').innerText()).toBe(japanese)
  })
})

describe('an address in Ireland', () => {
  it('takes no Eircode, names the county, and prints it the Irish way', async () => {
    await toShipping('aoife@example.ie')
    const form = session.shopper.checkout
    await form.getByLabel('Country or region').selectOption('IE')
    await form.getByRole('combobox', { name: /^County/ }).waitFor()
    expect(await addressLabels()).toEqual([
      'Country or region',
      'Full name',
      'Address',
      'City',
      'County (optional)',
      'Eircode (optional)',
      'Phone (optional)',
    ])
    await form.getByLabel('Full name').fill('Aoife Murphy')
    await form.getByLabel('Address', { exact: true }).fill('1 Grafton Street')
    await form.getByLabel('City').fill('Dublin 2')
    await form.getByLabel(/^County/).selectOption({ label: 'Co. Dublin' })
    await session.shopper.pickDelivery()
    await session.shopper.typeCard()
    await session.shopper.continueToReview()
    const irish = ['Aoife Murphy', '1 Grafton Street', 'Dublin 2', 'Co. Dublin', 'Ireland']
    const review = session.shopper.checkout.locator('[part~="address"]').first()
    expect(await review.innerText()).toBe(irish.join('\n'))
    await session.shopper.payButton().click()
    await session.shopper.confirmation()
    expect(await session.shopper.text()).toContain(irish.join('\n'))
    expect(await confirmationMailTo('aoife@example.ie')).toContain(
      '\u2068Co. Dublin\u2069\n\u2068Ireland',
    )
  })
})

describe('the address data the classic script fetches', () => {
  it('is refused when it is not the file the script was built with, and the form still works', async () => {
    const logged: string[] = []
    session.shopper.page.on('console', (message) => logged.push(message.text()))
    // A changed file behind the script's back: its SRI hash no longer matches.
    await session.shopper.page.route(/\/cdn\/address\/j-[\w-]{8}\.json$/, async (route) => {
      const original = await (await route.fetch()).text()
      await route.fulfill({
        body: original.replace('東京都', '東亰都'),
        contentType: 'application/json',
      })
    })
    await toShipping('taro@example.jp')
    const form = session.shopper.checkout
    await form.getByLabel('Country or region').selectOption('JP')
    // Without Japan's data the form asks for every field, none of them checked by country.
    await form.getByRole('textbox', { name: /^Region/ }).waitFor()
    expect(await form.getByRole('combobox', { name: 'Prefecture' }).count()).toBe(0)
    // Chromium says why: the digest did not match.
    expect(logged.join('\n')).toMatch(/integrity.*\/cdn\/address\/j-|\/cdn\/address\/j-.*integrity/)
  })
})
