import { createPaymentApp } from '../payment-origin/create-payment-app.js'
import type { RequestTarget } from './hostile-requests.js'
import type { Json } from './hostile-values.js'
import type { SeededShop } from './seeded-shop.js'

/** The payment origin of a seeded shop, with its pending 3-D Secure challenge to aim at. */
export function paymentTarget(shop: SeededShop) {
  const app = createPaymentApp(shop.engine.payments, { logError: () => {} })
  const actionIds = shop.params.actionId ?? []
  const bodies: Record<string, Json> = {
    'POST /tokens': {
      number: '4242 4242 4242 4242',
      expiry: '12 / 31',
      cvc: '123',
      name: 'Erika Mustermann',
      origin: 'http://127.0.0.1:5173',
    },
    'POST /3ds/:actionId': { outcome: 'pass' },
  }
  const target: RequestTarget = {
    params: { actionId: actionIds },
    validBody: (route) => bodies[route],
  }
  /** What a refused request must leave alone: challenge answers and captured charges. */
  const state = () =>
    JSON.stringify([
      actionIds.map((id) => shop.engine.payments.challenges.get(id)?.status),
      shop.engine.payments.charges(),
    ])
  return { app, target, state }
}
