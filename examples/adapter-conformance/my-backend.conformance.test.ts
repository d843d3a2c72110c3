// my-backend.conformance.test.ts: `SHOP_URL=… PAYMENT_URL=… npx vitest run`
import { createHttpAdapter, type PaymentAction } from '@weship/checkout-core'
import { runAdapterConformance } from '@weship/checkout-core/testing'

// A test instance of your backend, with its demo data (here: `weship-mock-server --dev`).
const shopUrl = process.env.SHOP_URL ?? 'http://127.0.0.1:4010'
const paymentUrl = process.env.PAYMENT_URL ?? 'http://127.0.0.1:4011'

// A token for a test card, as your payment provider's test mode makes one (here: the mock
// server's hosted card fields). A fresh token on every call: tokens are single-use.
async function tokenFor(number: string) {
  const response = await fetch(`${paymentUrl}/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: paymentUrl },
    body: JSON.stringify({ number, expiry: '12/34', cvc: '123', name: 'Ada Lovelace' }),
  })
  const { token } = (await response.json()) as { token: string }
  return { methodId: 'card', token }
}

// Passes or fails a 3-D Secure challenge as the shopper would in its frame.
async function answer(action: PaymentAction, outcome: 'pass' | 'fail') {
  await fetch(`${paymentUrl}/3ds/${encodeURIComponent(action.id)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: paymentUrl },
    body: JSON.stringify({ outcome }),
  })
}

runAdapterConformance('my backend', {
  // Your adapter goes here; this one speaks WeShip's REST contract.
  createAdapter: () => createHttpAdapter({ baseUrl: shopUrl }),
  currency: 'EUR',
  sku: 'COTTON-TEE-BLACK-M',
  otherSku: 'STONEWARE-MUG-SLATE',
  lowStock: { sku: 'TRUCKER-CAP-NAVY', stock: 3 },
  unknownSku: 'NO-SUCH-SKU',
  contact: { email: 'ada@example.com' },
  address: {
    name: 'Ada Lovelace',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '10117',
    country: 'DE',
  },
  invalidAddress: {
    name: 'Ada Lovelace',
    line1: 'Unter den Linden 1',
    city: 'Berlin',
    postalCode: '1',
    country: 'DE',
  },
  promo: { valid: 'SAVE5', refused: { code: 'EXPIRED2024', reason: 'code_expired' } },
  giftCard: { code: 'GIFT-DEMO-EURO-0050' },
  payment: {
    methodId: 'card',
    success: () => tokenFor('4242424242424242'),
    // Another card, where your backend tells cards apart behind their tokens.
    otherCard: () => tokenFor('5555555555554444'),
    declined: () => tokenFor('4000000000000002'),
    threeDSecure: () => tokenFor('4000002760003184'),
    answerChallenge: answer,
  },
  tracking: {
    // Shipments to the address are delivered within four days of the order…
    deliveredWithinMs: 4 * 24 * 3600_000,
    // …on a clock the test moves (the mock server's `--dev` clock).
    advanceTime: async (ms) => {
      await fetch(`${shopUrl}/__dev/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advance: `PT${ms / 1000}S` }),
      })
    },
  },
})
