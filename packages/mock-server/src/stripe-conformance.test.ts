import {
  createHttpAdapter,
  mergeCspRequirements,
  type PaymentAction,
  stripeCspRequirements,
} from '@weship/checkout-core'
import { runAdapterConformance } from '@weship/checkout-core/testing'
import { afterAll, beforeAll } from 'vitest'
import {
  answerStripeChallenge,
  confirmationTokenFor,
} from '../../../test/stripe/api/shopper-card.js'
import { type StripeStandIn, startStripeStandIn } from '../../../test/stripe/api/stand-in-server.js'
import { STRIPE_METHOD_ID } from './engine/payments/stripe/stripe-processor.js'
import { type MockServer, startMockServer } from './server/start-mock-server.js'
import { demoData } from './testing/conformance-demo-data.js'

// The REST contract in Stripe mode: the same suite, paid through the stand-in for Stripe's API.

let standIn: StripeStandIn | undefined
let server: MockServer | undefined
beforeAll(async () => {
  standIn = await startStripeStandIn()
  server = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    dev: true,
    stripe: {
      secretKey: standIn.secretKey,
      publishableKey: standIn.publishableKey,
      apiBase: standIn.url,
    },
  })
})
afterAll(async () => {
  await server?.close()
  await standIn?.close()
})

const token = (number: string) => async () => {
  if (!standIn) throw new Error('no stand-in')
  return { methodId: STRIPE_METHOD_ID, token: await confirmationTokenFor(standIn, number) }
}

runAdapterConformance('the http adapter against a mock server in Stripe mode', {
  ...demoData,
  // A merchant's page pays with Stripe.js: its CSP adds Stripe's origins to the shop's.
  createAdapter: () => {
    const adapter = createHttpAdapter({ baseUrl: server?.url ?? '', retries: 0 })
    const cspRequirements = mergeCspRequirements(adapter.cspRequirements, stripeCspRequirements)
    return { ...adapter, cspRequirements }
  },
  payment: {
    methodId: STRIPE_METHOD_ID,
    success: token('4242424242424242'),
    declined: token('4000000000000002'),
    otherCard: token('5555555555554444'),
    threeDSecure: token('4000002760003184'),
    async answerChallenge(action: PaymentAction, outcome) {
      if (!standIn || action.type !== 'stripe_next_action') throw new Error('Expected Stripe')
      await answerStripeChallenge(standIn, action.clientSecret ?? '', outcome)
    },
  },
})
