import { CheckoutError } from '@weship/checkout-core'
import * as z from 'zod/mini'
import {
  cartAnswerSchema,
  type MedusaCart,
  medusaCartSchema,
  PRICED_FIELDS,
} from './medusa-schemas.js'
import type { StoreClient } from './store-client.js'

/** Added to Medusa's default cart fields: what the widget shows beyond them. */
export const CART_FIELDS = [...PRICED_FIELDS, '+metadata', '+completed_at', '*promotions'].join(',')

const deletedLineAnswer = z.object({ parent: medusaCartSchema })

export function cartNotFound(cause?: unknown): CheckoutError {
  return new CheckoutError('ADAPTER', 'This cart no longer exists.', {
    reason: 'cart_not_found',
    cause,
  })
}

/** Medusa answers an unknown id with a 404 whose wording depends on the route. */
function asCartNotFound(error: unknown): never {
  if (error instanceof CheckoutError && error.status === 404 && error.reason !== 'line_not_found') {
    throw cartNotFound(error)
  }
  throw error
}

export type CartCalls = ReturnType<typeof createCartCalls>

/** The cart routes of the Store API, each answering the cart with CART_FIELDS. */
export function createCartCalls(client: StoreClient) {
  const query = { fields: CART_FIELDS }
  const path = (cartId: string, rest = '') => `/store/carts/${encodeURIComponent(cartId)}${rest}`

  return {
    get(cartId: string, signal?: AbortSignal): Promise<MedusaCart> {
      return client
        .request({ path: path(cartId), query, schema: cartAnswerSchema, signal })
        .then((answer) => answer.cart, asCartNotFound)
    },
    create(body: Record<string, unknown>, signal?: AbortSignal): Promise<MedusaCart> {
      const call = { method: 'POST' as const, path: '/store/carts', query, body, signal }
      return client.request({ ...call, schema: cartAnswerSchema }).then((answer) => answer.cart)
    },
    /** A POST to the cart (or a route under it) that answers `{ cart }`. */
    post(cartId: string, rest: string, body: unknown, signal?: AbortSignal): Promise<MedusaCart> {
      const call = { method: 'POST' as const, path: path(cartId, rest), query, body, signal }
      return client
        .request({ ...call, schema: cartAnswerSchema })
        .then((answer) => answer.cart, asCartNotFound)
    },
    removeLine(cartId: string, lineId: string, signal?: AbortSignal): Promise<MedusaCart> {
      const rest = `/line-items/${encodeURIComponent(lineId)}`
      const call = { method: 'DELETE' as const, path: path(cartId, rest), query, signal }
      return client
        .request({ ...call, schema: deletedLineAnswer })
        .then((answer) => answer.parent, asCartNotFound)
    },
    removeCodes(cartId: string, codes: string[], signal?: AbortSignal): Promise<MedusaCart> {
      const call = { method: 'DELETE' as const, path: path(cartId, '/promotions'), query, signal }
      return client
        .request({ ...call, body: { promo_codes: codes }, schema: cartAnswerSchema })
        .then((answer) => answer.cart, asCartNotFound)
    },
  }
}
