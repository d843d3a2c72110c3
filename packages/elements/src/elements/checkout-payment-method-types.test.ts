import type { WeshipEventMap } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import '../define.js'
import { fakeAdapter } from '../testing/cart-fixtures.js'
import { collectEvents, resetPage, shadow } from '../testing/dom.js'

afterEach(resetPage)

describe('<weship-checkout payment-method-types>', () => {
  it('refuses a malformed list with a setup error that names the attribute', async () => {
    const errors = collectEvents<WeshipEventMap['weship-error']>('weship-error')
    const checkout = document.createElement('weship-checkout')
    checkout.adapter = fakeAdapter()
    checkout.setAttribute('locale', 'en')
    checkout.setAttribute('payment-method-types', 'standard-payment:cash')
    document.body.append(checkout)
    const alert = await shadow(checkout).findByRole('alert')
    expect(alert.textContent).toContain("This checkout isn't set up correctly.")
    expect(alert.textContent).toContain('"payment-method-types" attribute')
    expect(errors.map((event) => event.detail)).toMatchObject([
      { code: 'CONFIG', reason: 'invalid_payment_method_types' },
    ])
  })

  it('reflects the property to the attribute', () => {
    const checkout = document.createElement('weship-checkout')
    checkout.paymentMethodTypes = 'standard-payment:invoice'
    expect(checkout.getAttribute('payment-method-types')).toBe('standard-payment:invoice')
  })
})
