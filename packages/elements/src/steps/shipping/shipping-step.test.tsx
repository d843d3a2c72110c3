import '@preact/signals'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import {
  createCommerceEngine,
  createMemoryAdapter,
  DEMO_EMAIL,
  DEMO_PASSWORD,
} from '@weship/mock-server'
import { afterEach, describe, expect, it } from 'vitest'
import { OrderSummary } from '../../components/order-summary.js'
import { checkoutWithCart, renderStep } from '../../testing/render-step.js'
import { ContactStep } from '../contact/contact-step.js'
import { ShippingStep } from './shipping-step.js'

afterEach(cleanup)

// A Tuesday morning in Berlin, so delivery dates are the same on every run.
const now = () => new Date('2026-12-01T08:00:00Z')

async function atShipping(locale = 'en-DE', items = [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }]) {
  const adapter = createMemoryAdapter(createCommerceEngine({ now }))
  // A short pause in typing, so tests wait little for the address to be saved as typed.
  const harness = await checkoutWithCart(items, { adapter, addressSaveDelayMs: 20 })
  const { checkout } = harness
  await checkout.setContact({ email: 'ada@example.com' })
  checkout.goTo('shipping')
  renderStep(<ShippingStep />, checkout, locale)
  return harness
}

const type = (name: string | RegExp, value: string) =>
  fireEvent.input(screen.getByRole('textbox', { name }), { target: { value } })

function fillBerlinAddress() {
  type('Full name', 'Ada Lovelace')
  type('Address', 'Torstraße 109')
  type('City', 'Berlin')
  type('Postal code', '10119')
}

describe('ShippingStep', () => {
  it('invites an address before there are delivery options', async () => {
    await atShipping()
    expect(screen.getByRole('status').textContent).toBe(
      'Enter your address to see delivery options and costs.',
    )
  })

  it('saves the address as it is typed, then lists priced, dated options', async () => {
    const { checkout } = await atShipping()
    fillBerlinAddress()
    expect(screen.getByRole('status').textContent).toBe('Finding delivery options…')
    const options = await screen.findByRole('group', { name: 'Delivery method' })
    const standard = within(options).getByRole('radio', { name: /Standard delivery/ })
    const text = standard.closest('label')?.textContent?.replace(/\s/g, ' ')
    expect(text).toBe('Standard delivery · DHL Paket Arrives Wed 2 – Thu 3 Dec €4.95')
    // The summary can show shipping and taxes now: the cart has them.
    await waitFor(() =>
      expect(checkout.cart.value?.shipping).toEqual({ amount: 495, currency: 'EUR' }),
    )
    expect(checkout.cart.value?.tax).not.toBeNull()
  })

  it('shows no prices of another address while the typed one is not saved', async () => {
    const { checkout } = await atShipping()
    cleanup()
    renderStep(
      <>
        <ShippingStep />
        <OrderSummary showItems />
      </>,
      checkout,
      'en-DE',
    )
    fillBerlinAddress()
    await screen.findByRole('radio', { name: /Standard delivery/ })
    const shipping = () => screen.getByText('Shipping', { selector: 'dt' }).parentElement
    await waitFor(() => expect(shipping()?.textContent).toBe('Shipping€4.95'))
    type('Postal code', '1011')
    expect(shipping()?.textContent).toBe('ShippingCalculated from your address')
    expect(screen.queryByRole('radio', { name: /Standard delivery/ })).toBeNull()
    expect(screen.queryByText(/in taxes/)).toBeNull()
  })

  it('updates the cart when another option is chosen', async () => {
    const { checkout } = await atShipping()
    fillBerlinAddress()
    fireEvent.click(await screen.findByRole('radio', { name: /Express delivery/ }))
    await waitFor(() => expect(checkout.cart.value?.shippingOptionId).toBe('de-express'))
    expect(checkout.cart.value?.shipping).toEqual({ amount: 1290, currency: 'EUR' })
  })

  it('offers the pickup points of a pickup option, nearest first, and keeps the one chosen', async () => {
    const { checkout } = await atShipping()
    fillBerlinAddress()
    fireEvent.focusOut(screen.getByRole('group', { name: 'Shipping address' }))
    fireEvent.click(await screen.findByRole('radio', { name: /pickup/i }))
    const group = await screen.findByRole('group', { name: 'Choose a pickup point' })
    const points = within(group).getAllByRole('radio') as HTMLInputElement[]
    expect(points.length).toBeGreaterThan(1)
    // The backend's nearest until the shopper picks another.
    await waitFor(() => expect(points[0]?.checked).toBe(true))
    expect(points[0]?.closest('label')?.textContent).toMatch(/\d+ m away|[\d.]+ km away/)
    const second = checkout.shippingOptions.value.find((option) => option.kind === 'pickup')
      ?.pickupPoints?.[1]
    fireEvent.click(points[1] as HTMLElement)
    await waitFor(() => expect(checkout.cart.value?.pickupPoint?.id).toBe(second?.id))
    expect((within(group).getAllByRole('radio')[1] as HTMLInputElement).checked).toBe(true)
  })

  it('says "Free" for an option that costs nothing', async () => {
    await atShipping('en-DE', [{ sku: 'COTTON-TEE-WHITE-M', quantity: 10 }])
    fillBerlinAddress()
    const standard = await screen.findByRole('radio', { name: /Standard delivery/ })
    expect(standard.closest('label')?.textContent).toContain('Free')
  })

  it('continues to payment on the first press, typed faster than the pause', async () => {
    const { checkout } = await atShipping()
    fillBerlinAddress()
    fireEvent.click(screen.getByRole('button', { name: 'Continue to payment' }))
    await waitFor(() => expect(checkout.step.value).toBe('payment'))
    expect(checkout.cart.value?.shippingOptionId).toBe('de-standard')
  })

  it('says a complete but wrong address needs checking, never "enter your address"', async () => {
    await atShipping()
    fillBerlinAddress()
    type('Postal code', '1011')
    expect(screen.getByRole('status').textContent).toBe(
      'Check your address to see delivery options and costs.',
    )
  })

  it('names fields in the summary as the chosen country does, after a change', async () => {
    const { checkout } = await atShipping('en-US')
    await waitFor(() => expect(checkout.shippingAddress.value.country).toBe('US'))
    type('Full name', 'Ada Lovelace')
    fireEvent.click(screen.getByRole('button', { name: 'Continue to payment' }))
    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary.textContent).toContain('ZIP code: This field is required.'))
    fireEvent.change(screen.getByRole('combobox', { name: 'Country or region' }), {
      target: { value: 'DE' },
    })
    await waitFor(() =>
      expect(summary.textContent).toContain('Postal code: This field is required.'),
    )
    expect(summary.textContent).not.toContain('ZIP code')
  })

  it('keeps the shopper on the step with a focused summary of what is missing', async () => {
    const { checkout } = await atShipping()
    type('Full name', 'Ada Lovelace')
    fireEvent.click(screen.getByRole('button', { name: 'Continue to payment' }))
    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(document.activeElement).toBe(summary))
    const links = within(summary).getAllByRole('link')
    // In the German order: postal code before the town.
    expect(links.map((link) => link.textContent)).toEqual([
      'Address: This field is required.',
      'Postal code: This field is required.',
      'City: This field is required.',
    ])
    fireEvent.click(links[2] as HTMLElement)
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'City' }))
    type('City', 'Berlin')
    await waitFor(() => expect(within(summary).getAllByRole('link')).toHaveLength(2))
    expect(checkout.step.value).toBe('shipping')
  })

  it('offers a signed-in shopper every saved address, and prices the one chosen', async () => {
    const adapter = createMemoryAdapter(createCommerceEngine({ now }))
    const { checkout } = await checkoutWithCart(undefined, { adapter, addressSaveDelayMs: 20 })
    expect(await checkout.signIn(DEMO_EMAIL, DEMO_PASSWORD)).toBe(true)
    await checkout.setContact()
    checkout.goTo('shipping')
    renderStep(<ShippingStep />, checkout, 'en-DE')
    const saved = screen.getByRole('group', { name: 'Your saved addresses' })
    const [berlin, sanFrancisco] = within(saved).getAllByRole('radio') as HTMLInputElement[]
    expect(berlin?.checked).toBe(true)
    fireEvent.click(sanFrancisco as HTMLElement)
    expect((screen.getByRole('textbox', { name: 'City' }) as HTMLInputElement).value).toBe(
      'San Francisco',
    )
    expect(sanFrancisco?.checked).toBe(true)
    await waitFor(() => expect(checkout.cart.value?.shippingAddress?.country).toBe('US'))
    await screen.findByRole('radio', { name: /USPS/ })
  })

  it('renders in Arabic with Arabic country names', async () => {
    await atShipping('ar')
    expect(screen.getByRole('group', { name: 'عنوان الشحن' })).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'الاسم الكامل' })).toBeTruthy()
    const country = screen.getByRole('combobox', { name: 'البلد أو المنطقة' })
    expect(within(country).getByRole('option', { name: 'ألمانيا' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'المتابعة إلى الدفع' })).toBeTruthy()
  })
})

describe('the default guest path', () => {
  // Issue 17: every country's form from the data set still keeps a guest within 8 fields.
  it.each([
    ['en-US', 'US', ['city', 'region', 'postalCode']],
    ['de-DE', 'DE', ['postalCode', 'city']],
    ['en-JP', 'JP', ['region', 'postalCode']],
  ])(
    'asks for at most 8 visible fields in %s (contact and shipping)',
    async (locale, country, place) => {
      const { checkout } = await checkoutWithCart()
      checkout.goTo('contact')
      const view = renderStep(
        <>
          <ContactStep />
          <ShippingStep />
        </>,
        checkout,
        locale,
      )
      await waitFor(() => expect(checkout.shippingAddress.value.country).toBe(country))
      const visible = () =>
        [...view.container.querySelectorAll('input, select, textarea')]
          .filter(
            (field) =>
              !field.closest('[aria-hidden="true"]') &&
              !['checkbox', 'radio', 'hidden'].includes(field.getAttribute('type') ?? ''),
          )
          .map((field) => field.getAttribute('name'))
      const expected = [
        'contact.email',
        'shippingAddress.country',
        'shippingAddress.name',
        'shippingAddress.line1',
        ...place.map((input) => `shippingAddress.${input}`),
        'shippingAddress.phone',
      ]
      // The country's own fields appear once its data is here.
      await waitFor(() => expect(visible()).toEqual(expected))
      expect(expected.length).toBeLessThanOrEqual(8)
    },
  )
})
