import type { RequestTarget } from './hostile-requests.js'
import type { Json } from './hostile-values.js'
import { BERLIN, type SeededShop } from './seeded-shop.js'

/** The seeded shop as a target: its real ids, and a body each route would take. */
export function shopTarget(shop: SeededShop): RequestTarget {
  let tokenTurn = 0
  const versionOf = (cartId: string | undefined) => {
    try {
      return shop.engine.getCart(cartId ?? '').version
    } catch {
      return 1
    }
  }
  const bodies: Record<string, (params: Readonly<Record<string, string>>) => Json> = {
    'POST /carts': () => ({ currency: 'EUR', items: [{ sku: 'COTTON-TEE-BLACK-S', quantity: 1 }] }),
    'POST /carts/:cartId/items': () => ({ sku: 'TRAIL-SOCKS-3PK-M', quantity: 2 }),
    'PATCH /carts/:cartId/items/:lineId': () => ({ quantity: 3 }),
    'PUT /carts/:cartId/contact': () => ({
      email: 'fuzz@example.com',
      marketingConsent: { email: true, sms: false },
      locale: 'de-DE',
    }),
    'PUT /carts/:cartId/shipping-address': () => ({ ...BERLIN }),
    'PUT /carts/:cartId/billing-address': () => ({ ...BERLIN, name: 'Max Mustermann' }),
    'PUT /carts/:cartId/shipping-option': () => ({ optionId: 'de-pickup' }),
    'POST /carts/:cartId/codes': () => ({ code: 'FREESHIP' }),
    'POST /carts/:cartId/orders': (params) => ({
      cartVersion: versionOf(params.cartId),
      payment: { methodId: 'card', token: shop.tokens[tokenTurn++ % shop.tokens.length] ?? '' },
    }),
    // A taken e-mail and a wrong password: valid shapes that are refused before any sign-in.
    'POST /customers': () => ({
      email: 'demo@weship.dev',
      password: 'correct horse battery staple',
      name: 'Fuzz',
    }),
    'POST /sessions': () => ({ email: 'demo@weship.dev', password: 'not the password' }),
    'POST /__dev/clock': () => ({ advance: 'PT1H' }),
    'POST /orders/:orderId/feedback': () => ({ rating: 4, comment: 'Arrived quickly' }),
    'POST /cart-recoveries': () => ({ token: shop.recoveryToken }),
  }
  return {
    params: shop.params,
    validBody: (route, params) => bodies[route]?.(params),
  }
}
