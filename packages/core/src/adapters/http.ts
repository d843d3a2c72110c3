import type { AdapterCapabilities, CheckoutAdapter } from '../adapter.js'
import { backendIdentity } from '../backend-identity.js'
import { CheckoutError } from '../errors.js'
import { isHttpUrl } from '../http-url.js'
import { isLoopbackHost } from '../loopback.js'
import { createHttpClient, type HttpClientOptions } from './http-request.js'

export interface HttpAdapterOptions extends HttpClientOptions {
  /** Narrow what the backend behind the REST contract actually offers. */
  capabilities?: Partial<AdapterCapabilities>
  /**
   * Origins of the payment pages (hosted card fields, 3-D Secure): the only ones the widget will
   * frame, and `cspRequirements.frameSrc`. Pages must be https (http only on a loopback host)
   * whatever is declared. Without it, an API
   * on a loopback host (the mock server) may frame pages of loopback hosts on any port, and any
   * other API none: the API itself never decides where card data is typed (ADR 0014).
   */
  paymentOrigins?: readonly string[]
}

const restCapabilities: AdapterCapabilities = {
  catalog: true,
  promoCodes: true,
  giftCards: true,
  accounts: true,
  tracking: true,
  deliveryEstimates: true,
  cartRecovery: true,
  orderLookup: true,
  reorder: true,
}

/** The reference adapter: speaks the WeShip REST contract (docs/rest-api.md). */
export function createHttpAdapter(options: HttpAdapterOptions): CheckoutAdapter {
  const origin = parseOrigin(options.baseUrl)
  const frameSrc = paymentFrameSources(new URL(origin), options.paymentOrigins)
  const { request } = createHttpClient(options)
  /** The signed-in customer's bearer token, kept in memory only. */
  let sessionToken: string | undefined
  const auth = (): Record<string, string> =>
    sessionToken ? { authorization: `Bearer ${sessionToken}` } : {}
  const orderPath = (orderId: string) => `/orders/${encodeURIComponent(orderId)}`
  const cartPath = (cartId: string) => `/carts/${encodeURIComponent(cartId)}`
  const linePath = (cartId: string, lineId: string) =>
    `${cartPath(cartId)}/items/${encodeURIComponent(lineId)}`

  return {
    capabilities: { ...restCapabilities, ...options.capabilities },
    identity: backendIdentity('rest', options.baseUrl),
    cspRequirements: {
      connectSrc: [origin],
      frameSrc,
      imgSrc: [origin],
    },

    async listProducts(currency, { signal } = {}) {
      const query = `?currency=${encodeURIComponent(currency)}`
      const list = await request({
        method: 'GET',
        path: `/products${query}`,
        schema: 'productListSchema',
        signal,
      })
      return list.products
    },
    createCart(body, { signal } = {}) {
      return request({ method: 'POST', path: '/carts', body, schema: 'cartSchema', signal })
    },
    getCart(cartId, { signal } = {}) {
      return request({ method: 'GET', path: cartPath(cartId), schema: 'cartSchema', signal })
    },
    addItem(cartId, body, { signal } = {}) {
      const path = `${cartPath(cartId)}/items`
      return request({ method: 'POST', path, body, schema: 'cartSchema', signal })
    },
    updateItem(cartId, lineId, quantity, { signal } = {}) {
      const path = linePath(cartId, lineId)
      return request({ method: 'PATCH', path, body: { quantity }, schema: 'cartSchema', signal })
    },
    removeItem(cartId, lineId, { signal } = {}) {
      const path = linePath(cartId, lineId)
      return request({ method: 'DELETE', path, schema: 'cartSchema', signal })
    },

    applyCode(cartId, code, { signal } = {}) {
      const path = `${cartPath(cartId)}/codes`
      return request({ method: 'POST', path, body: { code }, schema: 'cartSchema', signal })
    },
    removeCode(cartId, code, { signal } = {}) {
      const path = `${cartPath(cartId)}/codes/${encodeURIComponent(code)}`
      return request({ method: 'DELETE', path, schema: 'cartSchema', signal })
    },

    setContact(cartId, contact, { signal } = {}) {
      const path = `${cartPath(cartId)}/contact`
      return request({ method: 'PUT', path, body: contact, schema: 'cartSchema', signal })
    },
    setShippingAddress(cartId, address, { signal } = {}) {
      const path = `${cartPath(cartId)}/shipping-address`
      return request({ method: 'PUT', path, body: address, schema: 'cartSchema', signal })
    },
    setBillingAddress(cartId, address, { signal } = {}) {
      const path = `${cartPath(cartId)}/billing-address`
      if (address === null) return request({ method: 'DELETE', path, schema: 'cartSchema', signal })
      return request({ method: 'PUT', path, body: address, schema: 'cartSchema', signal })
    },

    async listShippingOptions(cartId, { signal } = {}) {
      const path = `${cartPath(cartId)}/shipping-options`
      return (await request({ method: 'GET', path, schema: 'shippingOptionListSchema', signal }))
        .options
    },
    selectShippingOption(cartId, optionId, { signal, pickupPointId } = {}) {
      const path = `${cartPath(cartId)}/shipping-option`
      const body = { optionId, ...(pickupPointId ? { pickupPointId } : {}) }
      return request({ method: 'PUT', path, body, schema: 'cartSchema', signal })
    },

    async listPaymentMethods(cartId, { signal } = {}) {
      const path = `${cartPath(cartId)}/payment-methods`
      return (await request({ method: 'GET', path, schema: 'paymentMethodListSchema', signal }))
        .methods
    },
    placeOrder(cartId, body, { idempotencyKey, signal }) {
      return request({
        method: 'POST',
        path: `${cartPath(cartId)}/orders`,
        body,
        schema: 'placeOrderResultSchema',
        signal,
        // The key makes a retry safe: the server answers it from its stored result.
        idempotent: true,
        headers: { 'idempotency-key': idempotencyKey, ...auth() },
      })
    },
    completePaymentAction(cartId, actionId, { idempotencyKey, signal }) {
      return request({
        method: 'POST',
        path: `${cartPath(cartId)}/payment-actions/${encodeURIComponent(actionId)}/complete`,
        schema: 'placeOrderResultSchema',
        signal,
        idempotent: true,
        headers: { 'idempotency-key': idempotencyKey },
      })
    },

    getOrder(orderId, { token, signal }) {
      return request({
        method: 'GET',
        path: orderPath(orderId),
        schema: 'orderSchema',
        signal,
        headers: { 'weship-order-token': token },
      })
    },
    getTracking(orderId, { token, signal }) {
      return request({
        method: 'GET',
        path: `${orderPath(orderId)}/tracking`,
        schema: 'trackingSchema',
        signal,
        headers: { 'weship-order-token': token },
      })
    },
    submitFeedback(orderId, body, { token, signal }) {
      return request({
        method: 'POST',
        path: `${orderPath(orderId)}/feedback`,
        body,
        schema: 'feedbackSchema',
        signal,
        headers: { 'weship-order-token': token },
      })
    },
    lookUpOrder(body, { signal } = {}) {
      // The e-mail travels in a JSON body, never the URL, so it stays out of access logs.
      const path = '/order-lookups'
      return request({ method: 'POST', path, body, schema: 'orderLookupSchema', signal })
    },
    recoverCart(token, { signal } = {}) {
      // The token travels in the body, not the path, so it stays out of access logs.
      const body = { token }
      return request({
        method: 'POST',
        path: '/cart-recoveries',
        body,
        schema: 'cartSchema',
        signal,
      })
    },
    reorder(token, { signal } = {}) {
      // In the body, like a recovery token: out of access logs.
      const body = { token }
      return request({ method: 'POST', path: '/reorders', body, schema: 'reorderSchema', signal })
    },
    createReorderLink(orderId, { token, signal }) {
      return request({
        method: 'POST',
        path: `${orderPath(orderId)}/reorder-links`,
        schema: 'reorderLinkSchema',
        signal,
        headers: { 'weship-order-token': token },
      })
    },

    async signIn(body, { signal } = {}) {
      const session = await request({
        method: 'POST',
        path: '/sessions',
        body,
        schema: 'sessionSchema',
        signal,
      })
      sessionToken = session.token
      return session
    },
    async signUp(body, { signal } = {}) {
      const session = await request({
        method: 'POST',
        path: '/customers',
        body,
        schema: 'sessionSchema',
        signal,
      })
      sessionToken = session.token
      return session
    },
    async signOut({ signal } = {}) {
      if (!sessionToken) return
      await request({
        method: 'DELETE',
        path: '/sessions/current',
        schema: 'anything',
        signal,
        headers: auth(),
      })
      sessionToken = undefined
    },
    getCustomer({ signal } = {}) {
      return request({
        method: 'GET',
        path: '/customers/me',
        schema: 'customerSchema',
        signal,
        headers: auth(),
      })
    },
  }
}

function paymentFrameSources(api: URL, declared: readonly string[] | undefined): string[] {
  // The model refuses any page that is not https (http on loopback), so no more is checked here:
  // this code is on every product page.
  if (declared) return declared.map((value) => parseOrigin(value, 'invalid_payment_origin'))
  if (!isLoopbackHost(api.hostname)) return []
  return ['localhost', '127.0.0.1', '[::1]'].map((host) => `${api.protocol}//${host}:*`)
}

function parseOrigin(url: string, reason = 'invalid_api_url'): string {
  if (!isHttpUrl(url)) {
    throw new CheckoutError('CONFIG', `"${url}" is not an http(s) URL.`, { reason })
  }
  return new URL(url).origin
}
