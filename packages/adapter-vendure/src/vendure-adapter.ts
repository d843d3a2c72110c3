import {
  type AdapterCapabilities,
  backendIdentity,
  type Cart,
  type CheckoutAdapter,
  CheckoutError,
  emptyCart,
  type PaymentMethod,
} from '@weship/checkout-core'
import * as z from 'zod/mini'
import { createCartLines } from './cart-lines.js'
import { createCartVersions } from './cart-versions.js'
import { createCatalog, unknownSku } from './catalog.js'
import { createChannelSettings } from './channel.js'
import { createCheckoutDetails } from './checkout-details.js'
import * as documents from './documents.js'
import { orderOrThrow } from './error-results.js'
import { createGraphqlClient, type GraphqlClientOptions } from './graphql-client.js'
import { orderToCart } from './map-cart.js'
import { placedOrderToOrder } from './map-order.js'
import { createOrderCalls } from './order-calls.js'
import { createOrderPlacement, type PaymentMetadata } from './place-order.js'
import { type VendureOrder, vendureOrderSchema } from './vendure-schemas.js'

export interface VendureAdapterOptions extends GraphqlClientOptions {
  /** `addPaymentToOrder` metadata per payment; defaults to `{ token }` (the provider's token). */
  paymentMetadata?: PaymentMetadata
  /** Kind of each payment method by its Vendure code; `card` where not given. */
  paymentMethodTypes?: Record<string, PaymentMethod['type']>
  /**
   * The variant id of a SKU, or undefined when none has it. By default the adapter reads the
   * whole catalog once; a large one is better served by a search (e.g. Vendure's search plugin).
   */
  findVariantId?: (sku: string, signal?: AbortSignal) => Promise<string | undefined>
  /** Origins of product images (Vendure's asset server), for `img-src`; the API's by default. */
  assetOrigins?: string[]
}

/** What stock Vendure (and this adapter) offers; the widget hides the rest. */
export const vendureCapabilities: AdapterCapabilities = {
  catalog: true,
  promoCodes: true,
  giftCards: false,
  // Vendure has accounts; the adapter does not speak its sign-in flow yet.
  accounts: false,
  tracking: false,
  deliveryEstimates: false,
  cartRecovery: false,
  // Guests can read an order by code only within Vendure's short guest window; no lookup by e-mail.
  orderLookup: false,
  // The Shop API has no capability link for an order's items: no "Buy again" from e-mail.
  reorder: false,
}

const activeOrderSchema = z.object({ activeOrder: z.nullable(vendureOrderSchema) })

/** A CheckoutAdapter over Vendure's Shop GraphQL API; the cart id is the session's token. */
export function createVendureAdapter(options: VendureAdapterOptions): CheckoutAdapter {
  // First: a Shop API URL that is no http(s) URL is a CONFIG error, not a TypeError from `new URL`.
  const identity = backendIdentity('vendure', options.shopApiUrl, options.channelToken)
  const client = createGraphqlClient(options)
  const calls = createOrderCalls(client)
  const versions = createCartVersions()
  const catalog = createCatalog(client)
  const channelSettings = createChannelSettings(client)
  const origin = new URL(options.shopApiUrl).origin

  async function toCart(cartId: string, order: VendureOrder | null): Promise<Cart> {
    const version = versions.versionOf(cartId, order)
    const { defaultCurrencyCode, pricesIncludeTax } = await channelSettings()
    if (order) return orderToCart(order, cartId, version, pricesIncludeTax)
    const now = new Date().toISOString()
    return emptyCart({ id: cartId, version, currency: defaultCurrencyCode, now })
  }
  const cartFrom = (cartId: string, answer: Parameters<typeof orderOrThrow>[0]) =>
    toCart(cartId, orderOrThrow(answer))
  const findVariantId = options.findVariantId ?? catalog.variantIdFor
  const variantIdFor = async (sku: string, signal?: AbortSignal) =>
    (await findVariantId(sku, signal)) ?? Promise.reject(unknownSku(sku))
  const lines = createCartLines({ calls, variantIdFor, toCart })
  const methodNames = new Map<string, string>()
  const details = createCheckoutDetails({
    calls,
    methodNames,
    channelSettings,
    cartFrom,
    paymentMethodTypes: options.paymentMethodTypes ?? {},
  })
  const placement = createOrderPlacement({
    calls,
    versions,
    paymentMetadata: options.paymentMetadata ?? ((payment) => ({ token: payment.token })),
    taxIncluded: async () => (await channelSettings()).pricesIncludeTax,
    methodNames,
  })

  return {
    capabilities: { ...vendureCapabilities },
    identity,
    cspRequirements: {
      connectSrc: [origin],
      frameSrc: [],
      imgSrc: options.assetOrigins ?? [origin],
    },

    async listProducts(currency, { signal } = {}) {
      const { pricesIncludeTax } = await channelSettings()
      return catalog.listProducts(currency, pricesIncludeTax, signal)
    },

    async createCart({ currency, items = [] }, { signal } = {}) {
      const { defaultCurrencyCode } = await channelSettings()
      if (currency && currency !== defaultCurrencyCode) {
        throw new CheckoutError('VALIDATION', `This shop sells in ${defaultCurrencyCode}.`, {
          reason: 'unsupported_currency',
        })
      }
      // Vendure opens an anonymous session, and names its token, on the first order query.
      const query = documents.activeOrderQuery
      const answer = await client.request({ query, schema: activeOrderSchema, signal })
      const cartId = answer.token
      if (!cartId) {
        throw new CheckoutError('CONFIG', 'Vendure set no session token: enable bearer tokens.', {
          reason: 'no_session_token',
        })
      }
      let cart = await toCart(cartId, answer.data.activeOrder)
      for (const item of items) cart = await lines.addItem(cartId, item, signal)
      return cart
    },
    async getCart(cartId, { signal } = {}) {
      return toCart(cartId, await calls.activeOrder(cartId, signal))
    },
    addItem: (cartId, item, { signal } = {}) => lines.addItem(cartId, item, signal),
    updateItem: (cartId, lineId, quantity, { signal } = {}) =>
      lines.updateItem(cartId, lineId, quantity, signal),
    removeItem: (cartId, lineId, { signal } = {}) => lines.updateItem(cartId, lineId, 0, signal),

    async applyCode(cartId, code, { signal } = {}) {
      const vars = { code: code.trim() }
      const field = 'applyCouponCode'
      return cartFrom(
        cartId,
        await calls.changeCart(cartId, documents.applyCouponMutation, field, vars, signal),
      )
    },
    async removeCode(cartId, code, { signal } = {}) {
      const schema = z.object({ removeCouponCode: z.nullable(vendureOrderSchema) })
      const query = documents.removeCouponMutation
      const data = await calls.onSession(cartId, query, schema, { code }, signal)
      return toCart(cartId, data.removeCouponCode ?? (await calls.activeOrder(cartId, signal)))
    },

    ...details,

    placeOrder: (cartId, request, requestOptions) =>
      placement.placeOrder(cartId, request, requestOptions),
    async completePaymentAction() {
      // Stock Vendure's handlers settle within addPaymentToOrder; none asks for a shopper action.
      throw new CheckoutError('ADAPTER', 'Vendure asked for no payment action.', {
        reason: 'payment_action_not_found',
      })
    },

    async getOrder(orderId, { token, signal }) {
      const schema = z.object({ orderByCode: z.nullable(vendureOrderSchema) })
      const notFound = (cause?: unknown) =>
        new CheckoutError('ADAPTER', 'No order matches this link.', {
          reason: 'order_not_found',
          cause,
        })
      // The order code is the capability, as in Vendure's own orderByCode access rules.
      const query = documents.orderByCodeQuery
      const answer = await client
        .request({ query, variables: { code: token }, schema, signal })
        .catch((error: unknown) => {
          throw error instanceof CheckoutError && error.code === 'ADAPTER' ? notFound(error) : error
        })
      const order = answer.data.orderByCode
      if (!order || order.id !== orderId) throw notFound()
      const taxIncluded = (await channelSettings()).pricesIncludeTax
      return placedOrderToOrder(order, { taxIncluded, withToken: false, methodNames })
    },
  }
}
