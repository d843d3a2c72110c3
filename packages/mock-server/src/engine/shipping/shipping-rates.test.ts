import { describe, expect, it } from 'vitest'
import { quoteShipping } from './shipping-rates.js'

const now = new Date('2026-11-26T10:00:00Z')
const quote = (country: string, currency = 'EUR', merchandise = 5000, freeShipping = false) =>
  quoteShipping({ country, currency, merchandise, freeShipping, now })

describe('shipping rates', () => {
  it('offers standard, express and pickup at home, with carriers and dates', () => {
    expect(quote('DE')).toEqual([
      {
        id: 'de-standard',
        kind: 'standard',
        label: 'Standard delivery',
        carrier: 'DHL Paket',
        price: { amount: 495, currency: 'EUR' },
        estimatedDelivery: { earliest: '2026-11-27', latest: '2026-11-30' },
      },
      expect.objectContaining({ id: 'de-express', carrier: 'DHL Express' }),
      expect.objectContaining({ id: 'de-pickup', carrier: 'DHL Packstation' }),
    ])
  })

  it('uses local carriers in the EU and offers pickup points there', () => {
    const carriers = (country: string) => quote(country).map((option) => option.carrier)
    expect(carriers('FR')).toEqual(['La Poste Colissimo', 'UPS Express Saver', 'Mondial Relay'])
    expect(carriers('NL')).toEqual(['PostNL', 'UPS Express Saver', 'PostNL Point'])
    expect(carriers('AT')).toEqual(['DHL Parcel', 'UPS Express Saver', 'DHL ServicePoint'])
    expect(quote('ES').map((option) => option.id)).toEqual([
      'eu-standard',
      'eu-express',
      'eu-pickup',
    ])
  })

  it('has no pickup outside the EU, and prices per currency', () => {
    expect(quote('US', 'USD').map(({ id, carrier, price }) => [id, carrier, price.amount])).toEqual(
      [
        ['us-standard', 'USPS', 1500],
        ['us-express', 'UPS Worldwide Express', 3500],
      ],
    )
    expect(quote('JP', 'JPY').map(({ carrier, price }) => [carrier, price])).toEqual([
      ['Japan Post', { amount: 2500, currency: 'JPY' }],
      ['DHL Express', { amount: 6000, currency: 'JPY' }],
    ])
    expect(quote('GB').map((option) => option.carrier)).toEqual(['Royal Mail', 'UPS Express Saver'])
    expect(quote('CH').map((option) => option.id)).toEqual(['intl-standard', 'intl-express'])
  })

  it('gives free standard and pickup delivery in the EU over €100, express still paid', () => {
    const prices = (merchandise: number) =>
      quote('FR', 'EUR', merchandise).map((o) => o.price.amount)
    expect(prices(9_999)).toEqual([695, 1990, 495])
    expect(prices(10_000)).toEqual([0, 1990, 0])
    expect(quote('US', 'USD', 50_000).map((o) => o.price.amount)).toEqual([1500, 3500])
  })

  it('makes standard and pickup free with a free-shipping code', () => {
    expect(quote('US', 'USD', 100, true).map((o) => o.price.amount)).toEqual([0, 3500])
  })

  it('offers nothing in a currency without rates', () => {
    expect(quote('DE', 'GBP')).toEqual([])
  })
})
