import { createHttpAdapter, type PaymentAction } from '@weship/checkout-core'
import { runAdapterConformance } from '@weship/checkout-core/testing'
import { afterAll, beforeAll } from 'vitest'
import { createMemoryAdapter } from './adapter/memory-adapter.js'
import { createCommerceEngine } from './engine/commerce-engine.js'
import { answerTestChallenge, createTestCardToken } from './engine/payments/test-card-token.js'
import { type MockServer, startMockServer } from './server/start-mock-server.js'
import { demoData } from './testing/conformance-demo-data.js'

// Stripe's canonical test cards, which the mock processor honours.
const cards = {
  success: '4242424242424242',
  otherCard: '5555555555554444',
  declined: '4000000000000002',
  threeDS: '4000002760003184',
}

// Past the slowest demo path to a Berlin address (54 h) and the second package's day.
const deliveredWithinMs = 4 * 24 * 3600_000

const engine = createCommerceEngine()
const token = (number: string) => async () => ({
  methodId: 'card',
  token: createTestCardToken(engine, number),
})

runAdapterConformance('the memory adapter', {
  ...demoData,
  createAdapter: () => createMemoryAdapter(engine),
  payment: {
    methodId: 'card',
    success: token(cards.success),
    otherCard: token(cards.otherCard),
    declined: token(cards.declined),
    threeDSecure: token(cards.threeDS),
    answerChallenge: async (action, outcome) => {
      answerTestChallenge(engine, action.id, outcome)
    },
  },
  tracking: {
    deliveredWithinMs,
    advanceTime: async (ms) => void engine.clock.advance(ms),
  },
})

let server: MockServer | undefined
beforeAll(async () => {
  server = await startMockServer({ port: 0, paymentPort: 0, host: '127.0.0.1', dev: true })
})
afterAll(async () => {
  await server?.close()
})

/** Posts the card to the payment origin as its hosted fields would, and returns the token. */
async function tokenFromPaymentOrigin(number: string) {
  const paymentUrl = server?.paymentUrl ?? ''
  const response = await fetch(`${paymentUrl}/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: paymentUrl },
    body: JSON.stringify({ number, expiry: '12/34', cvc: '123', name: 'Ada Lovelace' }),
  })
  if (response.status !== 201) throw new Error(`tokenizing failed: ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { methodId: 'card', token }
}

async function answerOnPaymentOrigin(action: PaymentAction, outcome: 'pass' | 'fail') {
  const paymentUrl = server?.paymentUrl ?? ''
  const response = await fetch(`${paymentUrl}/3ds/${encodeURIComponent(action.id)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: paymentUrl },
    body: JSON.stringify({ outcome }),
  })
  if (!response.ok) throw new Error(`answering the challenge failed: ${await response.text()}`)
}

runAdapterConformance('the http adapter against a running mock server', {
  ...demoData,
  createAdapter: () => createHttpAdapter({ baseUrl: server?.url ?? '', retries: 0 }),
  payment: {
    methodId: 'card',
    success: () => tokenFromPaymentOrigin(cards.success),
    otherCard: () => tokenFromPaymentOrigin(cards.otherCard),
    declined: () => tokenFromPaymentOrigin(cards.declined),
    threeDSecure: () => tokenFromPaymentOrigin(cards.threeDS),
    answerChallenge: answerOnPaymentOrigin,
  },
  tracking: {
    deliveredWithinMs,
    // The dev clock, as a demo moves it.
    async advanceTime(ms) {
      const response = await fetch(`${server?.url}/__dev/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advance: `PT${Math.ceil(ms / 1000)}S` }),
      })
      if (!response.ok) throw new Error(`moving the clock failed: ${await response.text()}`)
    },
  },
})
