import '@preact/signals'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { checkoutWithCart, renderStep } from '../testing/render-step.js'
import { AddressForm, type AddressSection } from './address-form.js'

afterEach(cleanup)

async function renderForm(locale = 'en-US', section: AddressSection = 'shippingAddress') {
  const { checkout } = await checkoutWithCart()
  const view = renderStep(<AddressForm section={section} />, checkout, locale)
  await waitFor(() => expect(checkout[`${section}Format`].value).not.toBeNull())
  return { checkout, ...view }
}

const chooseCountry = async (code: string) => {
  const select = document.querySelector<HTMLSelectElement>('select[name="shippingAddress.country"]')
  if (!select) throw new Error('no country select')
  fireEvent.change(select, { target: { value: code } })
  await waitFor(() =>
    expect(document.querySelector('input[name="shippingAddress.name"]')).not.toBeNull(),
  )
}

/** The labels of the inputs a shopper sees, in order (collapsed line 2 left out). */
function visibleLabels(): string[] {
  const fields = document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')
  return [...fields]
    .filter((field) => !field.closest('[aria-hidden="true"]'))
    .map((field) => field.labels?.[0]?.textContent ?? '')
}

/** Types into a text box, or picks a select's value, by its label; then leaves it. */
function fill(label: string, value: string) {
  const field = screen.getByLabelText(label, { selector: 'input, select' })
  if (field instanceof HTMLSelectElement) fireEvent.change(field, { target: { value } })
  else fireEvent.input(field, { target: { value } })
  fireEvent.blur(field)
}

interface Case {
  labels: string[]
  values: Record<string, string>
  saved: Record<string, string>
  /** A bad value for one field, and the message it gets on blur. */
  bad: [label: string, value: string, message: string]
}

const invalidPostal = 'Enter a valid postal code for this country.'
const otherRegion = 'This postal code belongs to another region.'
const required = 'This field is required.'

// Issue 17's nine countries through the form, for an English-speaking shopper.
const countries: Record<string, Case> = {
  US: {
    labels: ['Full name', 'Address', 'City', 'State', 'ZIP code'],
    values: { Address: '350 Fifth Avenue', City: 'New York', State: 'NY', 'ZIP code': '10118' },
    saved: { line1: '350 Fifth Avenue', city: 'New York', region: 'NY', postalCode: '10118' },
    bad: ['ZIP code', '94103', otherRegion],
  },
  GB: {
    labels: ['Full name', 'Address', 'Town or city', 'Postal code'],
    values: { Address: '221B Baker Street', 'Town or city': 'London', 'Postal code': 'nw1 6xe' },
    saved: { line1: '221B Baker Street', city: 'London', postalCode: 'NW1 6XE' },
    bad: ['Postal code', 'SW1A', invalidPostal],
  },
  DE: {
    labels: ['Full name', 'Address', 'Postal code', 'City'],
    values: { Address: 'Unter den Linden 1', 'Postal code': '10117', City: 'Berlin' },
    saved: { line1: 'Unter den Linden 1', postalCode: '10117', city: 'Berlin' },
    bad: ['Postal code', '1011', invalidPostal],
  },
  JP: {
    labels: ['Full name', 'Address', 'Prefecture', 'Postal code'],
    values: { Address: '1-2-3 Shibuya, Shibuya-ku', Prefecture: '13', 'Postal code': '1500002' },
    saved: { line1: '1-2-3 Shibuya, Shibuya-ku', region: '13', postalCode: '1500002' },
    bad: ['Postal code', '060-0001', otherRegion],
  },
  BR: {
    labels: ['Full name', 'Address', 'City', 'State', 'Postal code'],
    values: {
      Address: 'Avenida Paulista, 1578',
      City: 'São Paulo',
      State: 'SP',
      'Postal code': '01310-200',
    },
    saved: {
      line1: 'Avenida Paulista, 1578',
      city: 'São Paulo',
      region: 'SP',
      postalCode: '01310-200',
    },
    bad: ['Postal code', '1310-100', invalidPostal],
  },
  IN: {
    labels: ['Full name', 'Address', 'City', 'PIN code', 'State'],
    values: { Address: '12 Janpath', City: 'New Delhi', 'PIN code': '110001', State: 'DL' },
    saved: { line1: '12 Janpath', city: 'New Delhi', postalCode: '110001', region: 'DL' },
    bad: ['PIN code', '400001', otherRegion],
  },
  IE: {
    labels: ['Full name', 'Address', 'City', 'County (optional)', 'Eircode (optional)'],
    values: { Address: '1 Grafton Street', City: 'Dublin 2', 'County (optional)': 'D' },
    saved: { line1: '1 Grafton Street', city: 'Dublin 2', region: 'D' },
    bad: ['Eircode (optional)', 'D02', invalidPostal],
  },
  HK: {
    labels: ['Full name', 'Address', 'District (optional)', 'Area'],
    values: { Address: '100 Nathan Road', 'District (optional)': 'Tsim Sha Tsui', Area: 'Kowloon' },
    saved: { line1: '100 Nathan Road', city: 'Tsim Sha Tsui', region: 'Kowloon' },
    bad: ['Area', '', required],
  },
  AE: {
    labels: ['Full name', 'Address', 'Emirate'],
    values: { Address: 'Villa 12, Street 5, Al Wasl', Emirate: 'DU' },
    saved: { line1: 'Villa 12, Street 5, Al Wasl', region: 'DU' },
    bad: ['Emirate', '', required],
  },
}

describe('AddressForm, country by country', () => {
  for (const [country, { labels, values, saved, bad }] of Object.entries(countries)) {
    it(`asks for a ${country} address in its order and words, checks it, and saves it`, async () => {
      const { checkout } = await renderForm('en-US')
      await chooseCountry(country)
      expect(visibleLabels()).toEqual(['Country or region', ...labels, 'Phone (optional)'])

      fill('Full name', 'A Shopper')
      for (const [label, value] of Object.entries(values)) fill(label, value)
      const [badLabel, badValue, message] = bad
      fill(badLabel, badValue)
      const field = screen.getByLabelText(badLabel, { selector: 'input, select' })
      const error = await screen.findByText(message)
      expect(field.getAttribute('aria-describedby')).toContain(error.id)
      fill(badLabel, values[badLabel] ?? '')
      await waitFor(() => expect(screen.queryByText(message)).toBeNull())
      expect(await checkout.setShippingAddress()).toBe(true)
      expect(checkout.cart.value?.shippingAddress).toEqual({ name: 'A Shopper', country, ...saved })
    })
  }
})

describe('AddressForm', () => {
  it('uses the autocomplete tokens, keyboards and types of a US address', async () => {
    await renderForm('en-US')
    const state = screen.getByRole('combobox', { name: 'State' })
    expect(within(state).getByRole('option', { name: 'California' })).toBeTruthy()
    expect(state.getAttribute('autocomplete')).toBe('shipping address-level1')
    const zip = screen.getByRole('textbox', { name: 'ZIP code' })
    expect(zip.getAttribute('inputmode')).toBe('numeric')
    expect(zip.getAttribute('type')).toBe('text')
    expect(zip.getAttribute('autocomplete')).toBe('shipping postal-code')
    expect(screen.getByRole('textbox', { name: 'City' }).getAttribute('autocomplete')).toBe(
      'shipping address-level2',
    )
    expect(screen.getByRole('textbox', { name: 'Full name' }).getAttribute('autocomplete')).toBe(
      'shipping name',
    )
    expect(screen.getByRole('textbox', { name: /Phone/ }).getAttribute('type')).toBe('tel')
  })

  it('gives letters a full keyboard, and shows the country’s example once a code is refused', async () => {
    await renderForm('en-US')
    await chooseCountry('IE')
    const eircode = screen.getByRole('textbox', { name: 'Eircode (optional)' })
    expect(eircode.getAttribute('inputmode')).toBe('text')
    expect(screen.queryByText('For example A65 F4E2')).toBeNull()
    fill('Eircode (optional)', 'X')
    expect(await screen.findByText('For example A65 F4E2')).toBeTruthy()
  })

  it('names regions in Latin script beside the local name, and clears the previous country’s', async () => {
    const { checkout } = await renderForm('en-US')
    fireEvent.change(screen.getByRole('combobox', { name: 'State' }), { target: { value: 'CA' } })
    await chooseCountry('JP')
    const prefecture = screen.getByRole('combobox', { name: 'Prefecture' })
    expect(within(prefecture).getByRole('option', { name: 'Tokyo (東京都)' })).toBeTruthy()
    expect(checkout.shippingAddress.value.region).toBe('')
    await chooseCountry('AE')
    const emirate = screen.getByRole('combobox', { name: 'Emirate' })
    expect(within(emirate).getByRole('option', { name: 'Dubai (دبي)' })).toBeTruthy()
  })

  it('asks no postal code in Hong Kong or the Emirates, and no city in Japan', async () => {
    await renderForm('en-US')
    for (const country of ['HK', 'AE']) {
      await chooseCountry(country)
      expect(screen.queryByRole('textbox', { name: /postal|zip/i })).toBeNull()
    }
    await chooseCountry('JP')
    expect(screen.queryByRole('textbox', { name: 'City' })).toBeNull()
  })

  it('speaks German: the field names, the error and the example', async () => {
    await renderForm('de-DE')
    const postalCode = screen.getByRole('textbox', { name: 'Postleitzahl' })
    fill('Postleitzahl', '1011')
    const error = await screen.findByText('Gib eine gültige Postleitzahl für dieses Land ein.')
    expect(postalCode.getAttribute('aria-invalid')).toBe('true')
    expect(postalCode.getAttribute('aria-describedby')).toContain(error.id)
    expect(screen.getByText('Zum Beispiel 26133')).toBeTruthy()
    fireEvent.input(postalCode, { target: { value: '10115' } })
    expect(postalCode.getAttribute('aria-invalid')).toBeNull()
    await chooseCountry('IN')
    expect(screen.getByRole('textbox', { name: 'PIN-Code' })).toBeTruthy()
  })

  it('names countries in the shopper’s language, sorted their way, preselecting theirs', async () => {
    const { checkout } = await renderForm('de-DE')
    await waitFor(() => expect(checkout.shippingAddress.value.country).toBe('DE'))
    const country = screen.getByRole('combobox', { name: 'Land oder Region' })
    expect(country.getAttribute('autocomplete')).toBe('shipping country')
    const names = within(country)
      .getAllByRole('option')
      .map((option) => option.textContent)
    expect(names).toContain('Vereinigte Staaten')
    expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Polen'))
    expect((country as HTMLSelectElement).value).toBe('DE')
  })

  it('keeps line 2 behind a button until asked for, or until autofill fills it', async () => {
    await renderForm('en-US')
    const line2 = screen.getByLabelText('Apartment, suite, etc. (optional)', { selector: 'input' })
    expect(line2.closest('[aria-hidden="true"]')).not.toBeNull()
    expect(line2.tabIndex).toBe(-1)
    fireEvent.click(screen.getByRole('button', { name: '+ Apartment, suite, etc.' }))
    await waitFor(() => expect(line2.closest('[aria-hidden="true"]')).toBeNull())
    expect(line2.tabIndex).toBe(0)
    expect(screen.queryByRole('button', { name: '+ Apartment, suite, etc.' })).toBeNull()
  })

  it('expands line 2 when autofill puts a value in it', async () => {
    await renderForm('en-US')
    const line2 = screen.getByLabelText('Apartment, suite, etc. (optional)', { selector: 'input' })
    fireEvent.input(line2, { target: { value: 'Suite 300' } })
    await waitFor(() => expect(line2.closest('[aria-hidden="true"]')).toBeNull())
  })

  it('uses billing tokens for the billing address, without a phone', async () => {
    await renderForm('en-US', 'billingAddress')
    const line1 = screen.getByRole('textbox', { name: 'Address' })
    expect(line1.getAttribute('autocomplete')).toBe('billing address-line1')
    expect(screen.queryByRole('textbox', { name: /Phone/ })).toBeNull()
  })
})
