import '@preact/signals'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { checkoutWithCart, renderStep } from '../testing/render-step.js'
import { AddressForm, type AddressSection } from './address-form.js'

afterEach(cleanup)

async function renderForm(locale = 'en-US', section: AddressSection = 'shippingAddress') {
  const { checkout } = await checkoutWithCart()
  const view = renderStep(<AddressForm section={section} />, checkout, locale)
  return { checkout, ...view }
}

const chooseCountry = (name: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: /country/i }), {
    target: { value: name },
  })

describe('AddressForm', () => {
  it('asks a US address for its state and ZIP code, with shipping autocomplete tokens', async () => {
    const { checkout } = await renderForm('en-US')
    await waitFor(() => expect(checkout.shippingAddress.value.country).toBe('US'))
    const state = screen.getByRole('combobox', { name: 'State' })
    expect(within(state).getByRole('option', { name: 'California' })).toBeTruthy()
    expect(state.getAttribute('autocomplete')).toBe('shipping address-level1')
    const zip = screen.getByRole('textbox', { name: 'ZIP code' })
    expect(zip.getAttribute('inputmode')).toBe('numeric')
    expect(zip.getAttribute('type')).toBe('text')
    expect(zip.getAttribute('autocomplete')).toBe('shipping postal-code')
    expect(screen.getByRole('textbox', { name: 'Full name' }).getAttribute('autocomplete')).toBe(
      'shipping name',
    )
    expect(screen.getByRole('textbox', { name: /Phone/ }).getAttribute('type')).toBe('tel')
  })

  it('asks a GB address for a postcode and no region', async () => {
    await renderForm('en-GB')
    expect(screen.getByRole('textbox', { name: 'Postcode' }).getAttribute('inputmode')).toBe('text')
    expect(screen.getAllByRole('combobox')).toHaveLength(1)
  })

  it('lists the prefectures for Japan and clears a region of the previous country', async () => {
    const { checkout } = await renderForm('en-US')
    fireEvent.change(screen.getByRole('combobox', { name: 'State' }), { target: { value: 'CA' } })
    chooseCountry('JP')
    const prefecture = screen.getByRole('combobox', { name: 'Prefecture' })
    expect(within(prefecture).getByRole('option', { name: 'Tokyo' })).toBeTruthy()
    expect(checkout.shippingAddress.value.region).toBe('')
  })

  it('flags a malformed postal code on blur with an example, linked to the input', async () => {
    await renderForm('de-DE')
    const postalCode = screen.getByRole('textbox', { name: 'Postleitzahl' })
    fireEvent.input(postalCode, { target: { value: '1011' } })
    fireEvent.blur(postalCode)
    const error = await screen.findByText('Gib eine gültige Postleitzahl für dieses Land ein.')
    expect(postalCode.getAttribute('aria-invalid')).toBe('true')
    expect(postalCode.getAttribute('aria-describedby')).toContain(error.id)
    expect(screen.getByText('Zum Beispiel 10115')).toBeTruthy()
    fireEvent.input(postalCode, { target: { value: '10115' } })
    expect(postalCode.getAttribute('aria-invalid')).toBeNull()
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
