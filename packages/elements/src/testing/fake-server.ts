import type { CheckoutAdapter } from '@weship/checkout-core'
import { isCheckoutError } from '@weship/checkout-core'
import { jsonResponse } from './dom.js'

/** A fetch that answers the REST contract's cart routes from an in-memory adapter. */
export function fakeServer(adapter: CheckoutAdapter): typeof fetch {
  return async (input, init) => {
    const { pathname } = new URL(String(input))
    const method = init?.method ?? 'GET'
    const body = init?.body ? JSON.parse(String(init.body)) : undefined
    const [, cartId, items] = pathname.match(/\/carts(?:\/([^/]+))?(\/items)?$/) ?? []
    try {
      if (method === 'POST' && !cartId) return jsonResponse(await adapter.createCart(body), 201)
      if (method === 'GET' && cartId) return jsonResponse(await adapter.getCart(cartId))
      if (method === 'POST' && cartId && items) {
        return jsonResponse(await adapter.addItem(cartId, body))
      }
      return jsonResponse(
        { type: 'about:blank', title: 'Not found', status: 404, code: 'ADAPTER' },
        404,
      )
    } catch (error) {
      const reason = isCheckoutError(error) ? error.reason : undefined
      const problem = { type: 'about:blank', title: 'Failed', status: 404, code: 'ADAPTER', reason }
      return jsonResponse(problem, 404, 'application/problem+json')
    }
  }
}
