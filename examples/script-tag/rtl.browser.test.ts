import { describe, expect, it } from 'vitest'
import { cards, erika } from '../../test/browser/checkout-page'
import { useShopperSession } from '../../test/browser/shopper-session'

// The store page in Arabic: the widget follows the page's lang and lays itself out right to left.

const session = useShopperSession({ site: 'per-test' })

interface Layout {
  dir: string | null
  lang: string | null
  title: string
  /** Pixels from the step's right edge to the summary's left edge (negative: summary on the left). */
  summaryAfterStep: number
  /** Pixels from the summary's right edge to the step's left edge. */
  summaryBeforeStep: number
  inputDirection: string
  inputTextAlign: string
}

/** Opens the store page with this `<html>` tag and reaches the contact step by the parts. */
async function contactStepLayout(htmlTag: string): Promise<Layout> {
  await session.openSite((html) => html.replace('<html lang="en">', htmlTag))
  await session.shopper.goto(`${session.site.url}/script-tag/`)
  await session.shopper.page.locator('weship-add-to-cart').first().locator('button').click()
  const checkout = session.shopper.checkout
  await checkout.locator('[part~="continue-button"]').click()
  await checkout.locator('input[name="contact.email"]').waitFor()
  const box = async (part: string) => {
    const found = await checkout.locator(`[part~="${part}"]`).first().boundingBox()
    if (!found) throw new Error(`No box for ${part}`)
    return found
  }
  const [step, summary] = [await box('step'), await box('summary')]
  const base = checkout.locator('[part~="base"]')
  const email = checkout.locator('input[name="contact.email"]')
  return {
    dir: await base.getAttribute('dir'),
    lang: await base.getAttribute('lang'),
    title: await session.shopper.stepTitle.innerText(),
    summaryAfterStep: summary.x - (step.x + step.width),
    summaryBeforeStep: step.x - (summary.x + summary.width),
    inputDirection: await email.evaluate((input) => getComputedStyle(input).direction),
    inputTextAlign: await email.evaluate((input) => getComputedStyle(input).textAlign),
  }
}

describe('the ar locale', () => {
  it('renders Arabic, right to left, with the layout mirrored', async () => {
    const english = await contactStepLayout('<html lang="en">')
    expect(english).toMatchObject({ dir: 'ltr', lang: 'en', title: 'Contact' })
    // Two columns at this width: the summary on the right of the step.
    expect(english.summaryAfterStep).toBeGreaterThan(0)
    expect(english.summaryBeforeStep).toBeLessThan(0)

    const arabic = await contactStepLayout('<html lang="ar" dir="rtl">')
    expect(arabic).toMatchObject({
      dir: 'rtl',
      lang: 'ar',
      title: 'معلومات الاتصال',
      inputDirection: 'rtl',
    })
    // Mirrored: the summary now on the left of the step, with the same gap between them.
    expect(arabic.summaryBeforeStep).toBeGreaterThan(0)
    expect(arabic.summaryAfterStep).toBeLessThan(0)
    expect(arabic.summaryBeforeStep).toBeCloseTo(english.summaryAfterStep, 0)
    expect(['start', 'right']).toContain(arabic.inputTextAlign)

    const text = await session.shopper.text()
    expect(text).toContain('البريد الإلكتروني')
    expect(text).toContain('المتابعة إلى الشحن')
    // No English left in the widget's own words (product names come from the shop).
    for (const english of ['Contact', 'E-mail', 'Continue', 'Subtotal', 'Order summary']) {
      expect(text).not.toContain(english)
    }
    expect(await session.shopper.cartButton(1).count()).toBe(0)
  })
})

describe('the ar drawer', () => {
  it('slides in from the left edge, with its close button at the inline end', async () => {
    await session.openSite((html) => html.replace('<html lang="en">', '<html lang="ar" dir="rtl">'))
    await session.shopper.goto(`${session.site.url}/script-tag/product.html`)
    await session.shopper.page.locator('weship-add-to-cart').locator('button').click()
    await session.shopper.page.locator('weship-cart-button').locator('button').click()
    const drawer = session.shopper.checkout.locator('dialog[part~="drawer"]')
    await drawer.waitFor()
    const box = await drawer.boundingBox()
    const close = await session.shopper.checkout.locator('[part~="close-button"]').boundingBox()
    expect(box?.x).toBe(0)
    expect(box?.width).toBeLessThan(session.shopper.page.viewportSize()?.width ?? 0)
    // Inline end in RTL is the left: the close button sits in the drawer's left half.
    expect((close?.x ?? 0) - (box?.x ?? 0)).toBeLessThan((box?.width ?? 0) / 2)
    expect(await session.shopper.checkout.locator('[part~="base"]').getAttribute('dir')).toBe('rtl')
  })
})

/** In an Arabic page: the cart, the contact step and the address, up to the delivery options. */
async function reachArabicPayment(address: { [K in keyof typeof erika]: string }) {
  await session.openSite((html) => html.replace('<html lang="en">', '<html lang="ar" dir="rtl">'))
  await session.shopper.goto(`${session.site.url}/script-tag/`)
  await session.shopper.page.locator('weship-add-to-cart').first().locator('button').click()
  // By name and part: the helpers find fields by their English labels.
  const checkout = session.shopper.checkout
  const next = checkout.locator('[part~="continue-button"]')
  await next.click()
  await checkout.locator('input[name="contact.email"]').fill(address.email)
  await next.click()
  await checkout.locator('select[name="shippingAddress.country"]').selectOption(address.country)
  await checkout.locator('input[name="shippingAddress.name"]').fill(address.name)
  await checkout.locator('input[name="shippingAddress.line1"]').fill(address.line1)
  await checkout.locator('input[name="shippingAddress.city"]').fill(address.city)
  await checkout.locator('input[name="shippingAddress.postalCode"]').fill(address.postalCode)
  // As `pickDelivery`: the options show once the address is saved (on leaving the form or on a
  // first press), and the step waits while a save is in flight.
  const options = checkout.locator('[part~="shipping-option"]')
  const status = checkout.locator('[part~="shipping-options-status"]')
  const finding = 'جارٍ البحث عن خيارات التوصيل'
  await expect
    .poll(
      async () =>
        (await options.count()) > 0 ||
        !(await status.innerText().catch(() => '')).includes(finding),
    )
    .toBe(true)
  if ((await options.count()) === 0) await next.click()
  await options.first().click()
  await expect.poll(() => options.first().locator('input').isChecked()).toBe(true)
  await next.click()
  return { checkout, next }
}

describe('bidi in the ar checkout', () => {
  it('keeps "10115 Berlin" in order at review, and isolates the card ending', async () => {
    const { checkout, next } = await reachArabicPayment({ ...erika, postalCode: '10115' })
    const card = session.shopper.cardFields
    await card.getByLabel('رقم البطاقة').fill(cards.approves)
    await card.getByLabel('تاريخ انتهاء الصلاحية (\u2066MM / YY\u2069)').fill('12 / 34')
    await card.getByLabel('رمز الأمان (CVC)').fill('123')
    await card.getByLabel('الاسم على البطاقة').fill(erika.name)
    await next.click()
    await checkout.locator('[part~="place-order-button"]').waitFor()

    // Where each word of a text is drawn, left to right, as a shopper sees it.
    const order = (selector: string, text: string) =>
      checkout.locator(selector).evaluate((root, wanted) => {
        const words = wanted.split(' ')
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1
          if (at < 0) continue
          let offset = at
          const lefts = words.map((word) => {
            const range = document.createRange()
            range.setStart(node, offset)
            range.setEnd(node, offset + word.length)
            offset += word.length + 1
            return { word, left: range.getBoundingClientRect().left }
          })
          return lefts
            .sort((a, b) => a.left - b.left)
            .map(({ word }) => word)
            .join(' ')
        }
        return null
      }, text)

    expect(await order('[part~="review-shipping"] [part~="address"]', '10115 Berlin')).toBe(
      '10115 Berlin',
    )
    const ending = await checkout.locator('[part~="payment-method"] bdi').allInnerTexts()
    expect(ending).toEqual(['Visa', '4242'])

    // The same words without their isolate, in the same place: what shoppers read before.
    await checkout
      .locator('[part~="address"]')
      .first()
      .evaluate((address) => {
        const plain = document.createElement('span')
        plain.className = 'unisolated'
        plain.textContent = '10115 Berlin'
        address.append(plain)
      })
    expect(await order('.unisolated', '10115 Berlin')).toBe('Berlin 10115')
  })
})

describe('the ar card fields', () => {
  it('come from the payment origin in Arabic, right to left, card digits left to right, and so does the bank', async () => {
    const { checkout, next } = await reachArabicPayment(erika)

    const card = session.shopper.cardFields
    const number = card.getByLabel('رقم البطاقة')
    await number.waitFor()
    const html = card.locator('html')
    expect(await html.getAttribute('dir')).toBe('rtl')
    expect(await html.getAttribute('lang')).toBe('ar')
    expect(await card.locator('label[for="card-name"]').innerText()).toBe('الاسم على البطاقة')
    expect(await number.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr')

    // The script's own check, in the words the page handed it.
    await number.fill('4242 4242 4242 4241')
    await card.getByLabel('الاسم على البطاقة').focus()
    await expect
      .poll(() => card.locator('#card-number-error').innerText())
      .toBe('رقم البطاقة هذا غير صالح.')

    // A card that asks for 3-D Secure: the bank's page speaks Arabic too.
    await number.fill(cards.challenge)
    await card.getByLabel('تاريخ انتهاء الصلاحية (\u2066MM / YY\u2069)').fill('12 / 34')
    await card.getByLabel('رمز الأمان (CVC)').fill('123')
    await next.click()
    await checkout.locator('[part~="place-order-button"]').click()
    const bank = checkout.frameLocator('iframe[part~="challenge-frame"]')
    await bank.getByRole('heading', { name: 'أكّد عملية الدفع' }).waitFor()
    expect(await bank.locator('html').getAttribute('dir')).toBe('rtl')
    expect(await bank.locator('main bdi[dir="ltr"]').innerText()).toBe('Visa •••• 3184')
    await bank.getByRole('button', { name: 'إكمال المصادقة' }).click()
    await checkout.locator('[part~="order-number"]').waitFor()
  })
})
