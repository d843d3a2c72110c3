import * as z from 'zod/mini'
import type { AdapterCapabilities, CheckoutAdapter } from '../adapter.js'
import { CheckoutError } from '../errors.js'
import { cartSchema } from '../schemas/cart.js'
import { productListSchema } from '../schemas/catalog.js'
import { createHttpClient, type HttpClientOptions } from './http-request.js'

export interface HttpAdapterOptions extends HttpClientOptions {
  /** Narrow what the backend behind the REST contract actually offers. */
  capabilities?: Partial<AdapterCapabilities>
}

const restCapabilities: AdapterCapabilities = {
  catalog: true,
  promoCodes: true,
  giftCards: true,
  accounts: true,
  tracking: true,
  deliveryEstimates: true,
  cartRecovery: true,
}

/** The reference adapter: speaks the WeShip REST contract (docs/rest-api.md). */
export function createHttpAdapter(options: HttpAdapterOptions): CheckoutAdapter {
  const origin = parseOrigin(options.baseUrl)
  const { request } = createHttpClient(options)
  const cartPath = (cartId: string) => `/carts/${encodeURIComponent(cartId)}`
  const linePath = (cartId: string, lineId: string) =>
    `${cartPath(cartId)}/items/${encodeURIComponent(lineId)}`

  return {
    capabilities: { ...restCapabilities, ...options.capabilities },
    cspRequirements: { connectSrc: [origin], frameSrc: [], imgSrc: [origin] },

    async listProducts(currency, { signal } = {}) {
      const query = `?currency=${encodeURIComponent(currency)}`
      const list = await request({
        method: 'GET',
        path: `/products${query}`,
        schema: productListSchema,
        signal,
      })
      return list.products
    },
    createCart(body, { signal } = {}) {
      return request({ method: 'POST', path: '/carts', body, schema: cartSchema, signal })
    },
    getCart(cartId, { signal } = {}) {
      return request({ method: 'GET', path: cartPath(cartId), schema: cartSchema, signal })
    },
    addItem(cartId, body, { signal } = {}) {
      const path = `${cartPath(cartId)}/items`
      return request({ method: 'POST', path, body, schema: cartSchema, signal })
    },
    updateItem(cartId, lineId, quantity, { signal } = {}) {
      const path = linePath(cartId, lineId)
      return request({ method: 'PATCH', path, body: { quantity }, schema: cartSchema, signal })
    },
    removeItem(cartId, lineId, { signal } = {}) {
      const path = linePath(cartId, lineId)
      return request({ method: 'DELETE', path, schema: cartSchema, signal })
    },
  }
}

function parseOrigin(baseUrl: string): string {
  const parsed = z.url({ protocol: /^https?$/ }).safeParse(baseUrl)
  if (!parsed.success) {
    throw new CheckoutError('CONFIG', `"${baseUrl}" is not an http(s) URL for the checkout API.`, {
      reason: 'invalid_api_url',
    })
  }
  return new URL(baseUrl).origin
}
