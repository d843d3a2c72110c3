import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

// A shopper's actions on the script-tag example pages, by role and label as a person reads them.

/** What the widget told the page (its events), and any CSP violation, in order. */
export interface LogEntry {
  type: string
  detail: unknown
}

const loggedEvents = [
  'weship-ready',
  'weship-step-change',
  'weship-cart-change',
  'weship-order-placed',
  'weship-payment-failed',
  'weship-error',
]

/** A German shopper, as in the brief's examples. */
export const erika = {
  email: 'erika@example.com',
  name: 'Erika Mustermann',
  line1: 'Unter den Linden 1',
  city: 'Berlin',
  postalCode: '10117',
  country: 'DE',
} as const

export const cards = {
  approves: '4242 4242 4242 4242',
  declines: '4000 0000 0000 0002',
  challenge: '4000 0027 6000 3184',
} as const

/**
 * A new tab that records page errors, the widget's events and CSP violations from the first
 * script on. `assertClean()` fails the test on any page error or CSP violation.
 */
export async function openShopperPage(context: BrowserContext): Promise<ShopperPage> {
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.addInitScript(
    ({ types }) => {
      const log: Array<{ type: string; detail: unknown }> = []
      Object.assign(window, { weshipLog: log })
      for (const type of types) {
        document.addEventListener(type, (event) =>
          log.push({ type, detail: (event as CustomEvent).detail }),
        )
      }
      document.addEventListener('securitypolicyviolation', (event) =>
        log.push({
          type: 'csp-violation',
          detail: `${event.violatedDirective} ${event.blockedURI}`,
        }),
      )
    },
    { types: loggedEvents },
  )
  return new ShopperPage(page, pageErrors)
}

export class ShopperPage {
  constructor(
    readonly page: Page,
    readonly pageErrors: string[],
  ) {}

  /** The inline (or drawer) checkout on the page. */
  get checkout(): Locator {
    return this.page.locator('weship-checkout')
  }

  /** The hosted card fields, framed from the payment origin. */
  get cardFields(): FrameLocator {
    return this.checkout.frameLocator('iframe[part~="payment-frame"]')
  }

  /** The heading of the step on screen (focused on every step change). */
  get stepTitle(): Locator {
    return this.checkout.locator('[part~="title"]')
  }

  /** Everything the widget shows, as text. */
  text(): Promise<string> {
    return this.checkout.locator('[part~="base"]').innerText()
  }

  events(type: string): Promise<unknown[]> {
    return this.page.evaluate(
      (wanted) =>
        (window as unknown as { weshipLog: LogEntry[] }).weshipLog
          .filter((entry) => entry.type === wanted)
          .map((entry) => entry.detail),
      type,
    )
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url)
    await expect.poll(() => this.events('weship-ready')).not.toHaveLength(0)
  }

  /** "Add to cart" on the store page's product card with this heading. */
  async addToCart(product: string, expectedCount: number): Promise<void> {
    const button = this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: product }) })
      .getByRole('button', { name: /^Add (\d+ )?to cart$/ })
    // A button that never shows fails with what each element showed instead (seen once in CI).
    await button.click({ timeout: 20_000 }).catch(async (error: unknown) => {
      throw new Error(
        `No "Add to cart" for ${product}. The page showed:\n${await this.widgets()}`,
        {
          cause: error,
        },
      )
    })
    await this.cartButton(expectedCount).waitFor()
  }

  /** Every WeShip element's tag, sku and shadow text, and the events so far: for failures. */
  async widgets(): Promise<string> {
    const elements = await this.page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('weship-'))
        .map((element) => {
          const text = (element.shadowRoot?.textContent ?? '(no shadow root)').slice(0, 200)
          return `<${element.localName} sku=${element.getAttribute('sku')}> ${text}`
        }),
    )
    const log = await this.page.evaluate(() =>
      JSON.stringify((window as unknown as { weshipLog: unknown[] }).weshipLog),
    )
    return [...elements, `events: ${log.slice(0, 1500)}`].join('\n')
  }

  cartButton(count: number): Locator {
    return this.page.getByRole('button', {
      name: count === 1 ? 'Cart, 1 item' : `Cart, ${count} items`,
    })
  }

  async expectStep(title: string): Promise<void> {
    await expect.poll(() => this.stepTitle.innerText(), { timeout: 10_000 }).toBe(title)
  }

  async checkOut(): Promise<void> {
    await this.checkout.getByRole('button', { name: 'Check out' }).click()
    await this.expectStep('Contact')
  }

  async fillContact(email: string = erika.email): Promise<void> {
    await this.checkout.getByLabel('E-mail', { exact: true }).fill(email)
    await this.checkout.getByRole('button', { name: 'Continue to shipping' }).click()
    await this.expectStep('Shipping')
  }

  /** Types the shipping address; leaving the form saves it and lists the delivery options. */
  async fillAddress(address: typeof erika = erika): Promise<void> {
    const form = this.checkout
    await form.getByLabel('Country or region').selectOption(address.country)
    await form.getByLabel('Full name').fill(address.name)
    await form.getByLabel('Address', { exact: true }).fill(address.line1)
    await form.getByLabel('City').fill(address.city)
    await form.getByLabel('Postal code').fill(address.postalCode)
  }

  deliveryOptions(): Locator {
    return this.checkout.getByRole('group', { name: 'Delivery method' }).getByRole('radio')
  }

  /**
   * Picks the delivery option at `index` and continues to payment. The options show once the
   * typed address is complete (the model saves it after a short pause in typing).
   */
  async pickDelivery(index = 0): Promise<string> {
    const continueButton = this.checkout.getByRole('button', { name: 'Continue to payment' })
    const option = this.checkout.locator('[part~="shipping-option"]').nth(index)
    await option.waitFor()
    await option.click()
    const chosen = await option.innerText()
    await expect.poll(() => option.locator('input').isChecked()).toBe(true)
    await continueButton.click()
    await this.expectStep('Payment')
    return chosen
  }

  /** Types a card into the hosted fields iframe. */
  async typeCard(number: string = cards.approves): Promise<void> {
    const fields = this.cardFields
    await fields.getByLabel('Card number').fill(number)
    await fields.getByLabel('Expiry date (MM / YY)').fill('12 / 34')
    await fields.getByLabel('Security code (CVC)').fill('123')
  }

  async continueToReview(): Promise<void> {
    await this.checkout.getByRole('button', { name: 'Continue to review' }).click()
    await this.expectStep('Review and pay')
  }

  payButton(): Locator {
    return this.checkout.locator('[part~="place-order-button"]')
  }

  /** Cart → contact → shipping → payment, with the card typed; stays on the payment step. */
  async reachPayment(number: string = cards.approves): Promise<void> {
    await this.checkOut()
    await this.fillContact()
    await this.fillAddress()
    await this.pickDelivery()
    await this.typeCard(number)
  }

  /** Waits for the confirmation and returns the order number it shows. */
  async confirmation(): Promise<string> {
    await this.expectStep('Thank you for your order')
    return this.checkout.locator('[part~="order-number"]').innerText()
  }

  /** Fails on any page error or CSP violation seen so far. */
  async assertClean(): Promise<void> {
    expect(this.pageErrors).toEqual([])
    expect(await this.events('csp-violation')).toEqual([])
  }
}
