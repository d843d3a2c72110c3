import { cartSchema, problemSchema, shippingOptionListSchema } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createFixedClock } from '../../engine/clock.js'
import { createCommerceEngine } from '../../engine/commerce-engine.js'
import { createApp } from '../create-app.js'

const API = 'http://127.0.0.1:4010'

interface Case {
  /** As a shopper might send it: names for regions, postal codes in any case and spacing. */
  sent: Record<string, string>
  /** What the server keeps. */
  kept: Record<string, string>
  /** A broken copy, and the field errors' reasons it must get. */
  broken: Record<string, string>
  reasons: Record<string, string>
}

// Issue 17's nine countries through PUT /carts/{id}/shipping-address: the server checks them
// with the same data the widget's form fetches.
const cases: Record<string, Case> = {
  US: {
    sent: { city: 'New York', region: 'New York', postalCode: '10118' },
    kept: { city: 'New York', region: 'NY', postalCode: '10118' },
    broken: { city: 'New York', region: 'NY', postalCode: '94103' },
    reasons: { postalCode: 'postal_code_mismatch' },
  },
  GB: {
    sent: { city: 'London', postalCode: 'sw1a  1aa' },
    kept: { city: 'London', postalCode: 'SW1A 1AA' },
    broken: { postalCode: '12345' },
    reasons: { city: 'required', postalCode: 'invalid_postal_code' },
  },
  DE: {
    sent: { city: 'Berlin', postalCode: '10117' },
    kept: { city: 'Berlin', postalCode: '10117' },
    broken: { city: 'Berlin', postalCode: '1011' },
    reasons: { postalCode: 'invalid_postal_code' },
  },
  JP: {
    sent: { region: '東京都', postalCode: '150-0002' },
    kept: { region: '13', postalCode: '150-0002' },
    broken: { postalCode: '150-0002' },
    reasons: { region: 'required' },
  },
  BR: {
    sent: { city: 'São Paulo', region: 'sp', postalCode: '01310-100' },
    kept: { city: 'São Paulo', region: 'SP', postalCode: '01310-100' },
    broken: { city: 'São Paulo', region: 'SP', postalCode: '1310-100' },
    reasons: { postalCode: 'invalid_postal_code' },
  },
  IN: {
    sent: { city: 'New Delhi', region: 'Delhi', postalCode: '110001' },
    kept: { city: 'New Delhi', region: 'DL', postalCode: '110001' },
    broken: { city: 'New Delhi', region: 'XX' },
    reasons: { region: 'invalid_region', postalCode: 'required' },
  },
  IE: {
    // No Eircode: Ireland's post takes an address without one.
    sent: { city: 'Dublin 2', region: 'Co. Dublin' },
    kept: { city: 'Dublin 2', region: 'D' },
    broken: { city: 'Dublin 2', postalCode: 'D02' },
    reasons: { postalCode: 'invalid_postal_code' },
  },
  HK: {
    sent: { city: 'Tsim Sha Tsui', region: 'Kowloon' },
    kept: { city: 'Tsim Sha Tsui', region: 'Kowloon' },
    broken: { city: 'Tsim Sha Tsui' },
    reasons: { region: 'required' },
  },
  AE: {
    sent: { region: 'Dubai' },
    kept: { region: 'DU' },
    broken: { region: 'Atlantis' },
    reasons: { region: 'invalid_region' },
  },
}

async function setup() {
  const app = createApp(createCommerceEngine({ clock: createFixedClock(new Date('2026-11-26')) }))
  const send = (method: string, path: string, body?: unknown) =>
    app.request(`${API}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const created = await send('POST', '/carts', {
    items: [{ sku: 'COTTON-TEE-WHITE-M', quantity: 1 }],
  })
  const cart = cartSchema.parse(await created.json())
  return { send, path: `/carts/${cart.id}` }
}

describe('PUT /carts/{id}/shipping-address, country by country', () => {
  for (const [country, { sent, kept, broken, reasons }] of Object.entries(cases)) {
    it(`keeps a good ${country} address, normalised, and names what is wrong with a bad one`, async () => {
      const { send, path } = await setup()
      const base = { name: 'A Shopper', line1: '1 Some Street', country }
      const refused = await send('PUT', `${path}/shipping-address`, { ...base, ...broken })
      expect(refused.status).toBe(422)
      const problem = problemSchema.parse(await refused.json())
      expect(problem.reason).toBe('invalid_address')
      expect(
        Object.fromEntries((problem.errors ?? []).map((error) => [error.field, error.reason])),
      ).toEqual(reasons)

      const saved = await send('PUT', `${path}/shipping-address`, { ...base, ...sent })
      expect(saved.status).toBe(200)
      expect(cartSchema.parse(await saved.json()).shippingAddress).toEqual({ ...base, ...kept })
      const options = await send('GET', `${path}/shipping-options`)
      expect(shippingOptionListSchema.parse(await options.json()).options.length).toBeGreaterThan(0)
    })
  }
})
