import '@preact/signals'
import { cleanup, render, screen } from '@testing-library/preact'
import type { Discount, ShippingOption } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../i18n/translator.js'
import { wholeText } from '../testing/dom.js'
import { deliveryOptionName } from './delivery-option-name.js'
import { DiscountName } from './discount-name.js'
import { TranslatorContext } from './translator-context.js'

afterEach(cleanup)

// What the backend names in English, the widget names in the shopper's language (ADR 0023).

const option = (id: string, kind: ShippingOption['kind'], label: string, carrier?: string) =>
  ({
    id,
    kind,
    label,
    ...(carrier ? { carrier } : {}),
    price: { amount: 495, currency: 'EUR' },
    estimatedDelivery: null,
  }) as ShippingOption

describe('deliveryOptionName', () => {
  const options = [
    option('de-standard', 'standard', 'Standard delivery', 'DHL Paket'),
    option('de-express', 'express', 'Express delivery', 'DHL Express'),
    option('de-pickup', 'pickup', 'Pickup point', 'DHL Packstation'),
  ]

  it('names each option by its kind, in the language shown', () => {
    const { t } = createTranslator('ar')
    expect(options.map((each) => deliveryOptionName(t, each, options))).toEqual([
      'توصيل عادي',
      'توصيل سريع',
      'نقطة استلام',
    ])
    const german = createTranslator('de').t
    expect(deliveryOptionName(german, options[1] as ShippingOption, options)).toBe('Expressversand')
  })

  it("keeps the backend's label where two options of one kind and carrier need telling apart", () => {
    const { t } = createTranslator('fr')
    const twins = [
      option('eco', 'standard', 'Economy'),
      option('std', 'standard', 'Standard'),
      option('fast', 'express', 'Express'),
    ]
    expect(twins.map((each) => deliveryOptionName(t, each, twins))).toEqual([
      'Economy',
      'Standard',
      'Livraison express',
    ])
  })
})

describe('DiscountName', () => {
  const renderIn = (locale: string, discount: Discount) =>
    render(
      <TranslatorContext.Provider value={createTranslator(locale)}>
        <p data-testid="name">
          <DiscountName discount={discount} byCode="summary.discountCode" />
        </p>
      </TranslatorContext.Provider>,
    )

  it('names a coded discount by its code, the code isolated for right-to-left text', () => {
    const amount = { amount: 500, currency: 'EUR' }
    renderIn('ar', { label: 'Welcome: 10% off', code: 'WELCOME10', amount })
    expect(screen.getByText(wholeText('خصم (WELCOME10)'))).toBeTruthy()
    expect(screen.getByTestId('name').querySelector('bdi')?.textContent).toBe('WELCOME10')
  })

  it("shows an automatic discount's own label, the merchant's text", () => {
    renderIn('de', { label: 'Sommerschlussverkauf', amount: { amount: 500, currency: 'EUR' } })
    expect(screen.getByTestId('name').textContent).toBe('Sommerschlussverkauf')
  })
})
