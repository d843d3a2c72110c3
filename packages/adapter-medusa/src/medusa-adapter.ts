import {
  type AdapterCapabilities,
  backendIdentity,
  type CheckoutAdapter,
  CheckoutError,
  mergeCspRequirements,
  type PaymentMethod,
  stripeCspRequirements,
} from '@weship/checkout-core'
import { createCartCalls } from './cart-calls.js'
import { createCartVersions } from './cart-versions.js'
import { createCatalog, unknownSku } from './catalog.js'
import { createCheckoutDetails } from './checkout-details.js'
import { createCodes } from './codes.js'
import {
  createDeliveryAndPayment,
  type PaymentMethodDisplay,
  paymentMethodOf,
} from './delivery-and-payment.js'
import { medusaCartToCart } from './map-cart.js'
import { medusaOrderToOrder, ORDER_FIELDS } from './map-order.js'
import { type MedusaCart, orderAnswerSchema } from './medusa-schemas.js'
import { createOrderPlacement, type MedusaPaymentHandler } from './place-order.js'
import { createRegions, type RegionOptions } from './regions.js'
import { createStoreClient, type StoreClientOptions } from './store-client.js'

export interface MedusaAdapterOptions extends StoreClientOptions, RegionOptions {
  /** Which of a region's payment providers to offer, in this order; all of them by default. */
  paymentProviders?: string[]
  /** Kind and label of each payment provider by id (Medusa names them by id only). */
  paymentMethods?: Record<string, PaymentMethodDisplay>
  /** Session data and browser-side confirmation per payment provider id (e.g. Stripe's). */
  paymentHandlers?: Record<string, MedusaPaymentHandler>
  /** Origins of product images (Medusa's file provider, a CDN), for `img-src`; the API's by default. */
  assetOrigins?: string[]
  /** Origins a payment handler frames or calls, for the CSP (Stripe's are added by themselves). */
  paymentOrigins?: { connectSrc?: string[]; frameSrc?: string[] }
}

/** What stock Medusa v2 (and this adapter) offers; the widget hides the rest. */
export const medusaCapabilities: AdapterCapabilities = {
  catalog: true,
  promoCodes: true,
  // Gift cards are not part of Medusa's open-source core modules.
  giftCards: false,
  // Medusa has customer accounts; this adapter does not speak its auth routes yet.
  accounts: false,
  // Fulfillments carry tracking numbers and links, but no carrier events to show as a timeline.
  tracking: false,
  deliveryEstimates: false,
  cartRecovery: false,
  // No store route finds a guest's order by number and e-mail.
  orderLookup: false,
  // No store route makes a capability link for an order's items: no "Buy again" from e-mail.
  reorder: false,
}

/** A CheckoutAdapter over Medusa v2's Store API; the cart id is Medusa's cart id. */
export function createMedusaAdapter(options: MedusaAdapterOptions): CheckoutAdapter {
  if (!options.publishableKey?.startsWith('pk_')) {
    throw new CheckoutError('CONFIG', 'Medusa needs a publishable API key (pk_…).', {
      reason: 'publishable_key_invalid',
    })
  }
  // A server and its key's sales channel make one store, and one cart for every element on it.
  // First, so that a base URL that is no http(s) URL is a CONFIG error, not `new URL`'s TypeError.
  const identity = backendIdentity('medusa', options.baseUrl, options.publishableKey)
  const client = createStoreClient(options)
  const calls = createCartCalls(client)
  const versions = createCartVersions()
  const catalog = createCatalog(client)
  const regions = createRegions(client, options)
  const origin = new URL(options.baseUrl).origin
  const toCart = async (cart: MedusaCart, signal?: AbortSignal) => {
    const version = versions.versionOf(cart)
    const lines = cart.items.flatMap((line) =>
      line.variant_id && line.product_id
        ? [{ variantId: line.variant_id, productId: line.product_id }]
        : [],
    )
    return medusaCartToCart(cart, version, await catalog.optionsOf(lines, signal))
  }
  const methodOf = (id: string): PaymentMethod => paymentMethodOf(id, options.paymentMethods?.[id])
  const variantIdFor = async (sku: string, signal?: AbortSignal) =>
    (await catalog.variantIdFor(sku, signal)) ?? Promise.reject(unknownSku(sku))
  const details = createCheckoutDetails({ calls, regions, toCart })
  const codes = createCodes({ calls, toCart })
  const delivery = createDeliveryAndPayment({
    client,
    calls,
    toCart,
    paymentProviders: options.paymentProviders,
    paymentMethods: options.paymentMethods ?? {},
    paymentHandlers: options.paymentHandlers ?? {},
  })
  const ownOrigins = {
    connectSrc: [origin, ...(options.paymentOrigins?.connectSrc ?? [])],
    frameSrc: [...(options.paymentOrigins?.frameSrc ?? [])],
    imgSrc: options.assetOrigins ?? [origin],
  }
  // A method the widget's Stripe provider serves needs Stripe.js and its frames.
  const usesStripe = Object.values(options.paymentMethods ?? {}).some(
    (m) => m.provider === 'stripe',
  )
  const cspRequirements = usesStripe
    ? mergeCspRequirements(ownOrigins, stripeCspRequirements)
    : ownOrigins
  const placement = createOrderPlacement({
    client,
    calls,
    versions,
    handlers: options.paymentHandlers ?? {},
    toOrder: (order) => ({
      status: 'completed',
      order: medusaOrderToOrder(order, { withToken: true, methodOf }),
    }),
  })

  return {
    capabilities: { ...medusaCapabilities },
    identity,
    cspRequirements,

    async listProducts(currency, { signal } = {}) {
      const region = await regions.forCurrency(currency, signal)
      if (!region)
        throw new CheckoutError('VALIDATION', 'Name a currency.', { reason: 'invalid_request' })
      return catalog.listProducts(region.id, region.currency_code.toUpperCase(), signal)
    },

    async createCart({ currency, items = [] }, { signal } = {}) {
      const region = await regions.forCurrency(currency, signal)
      const lines = await Promise.all(
        items.map(async (item) => ({
          variant_id: await variantIdFor(item.sku, signal),
          quantity: item.quantity,
        })),
      )
      const body = { ...(region ? { region_id: region.id } : {}), items: lines }
      return toCart(await calls.create(body, signal))
    },
    async getCart(cartId, { signal } = {}) {
      return toCart(await calls.get(cartId, signal))
    },
    async addItem(cartId, { sku, quantity }, { signal } = {}) {
      const body = { variant_id: await variantIdFor(sku, signal), quantity }
      return toCart(await calls.post(cartId, '/line-items', body, signal))
    },
    async updateItem(cartId, lineId, quantity, { signal } = {}) {
      if (quantity === 0) return toCart(await calls.removeLine(cartId, lineId, signal))
      const path = `/line-items/${encodeURIComponent(lineId)}`
      return toCart(await calls.post(cartId, path, { quantity }, signal))
    },
    async removeItem(cartId, lineId, { signal } = {}) {
      return toCart(await calls.removeLine(cartId, lineId, signal))
    },

    applyCode: (cartId, code, { signal } = {}) => codes.applyCode(cartId, code, signal),
    removeCode: (cartId, code, { signal } = {}) => codes.removeCode(cartId, code, signal),

    setContact: (cartId, contact, { signal } = {}) => details.setContact(cartId, contact, signal),
    setShippingAddress: (cartId, address, { signal } = {}) =>
      details.setShippingAddress(cartId, address, signal),
    setBillingAddress: (cartId, address, { signal } = {}) =>
      details.setBillingAddress(cartId, address, signal),
    listShippingOptions: (cartId, { signal } = {}) => delivery.listShippingOptions(cartId, signal),
    selectShippingOption: (cartId, optionId, { signal } = {}) =>
      delivery.selectShippingOption(cartId, optionId, signal),
    listPaymentMethods: (cartId, { signal } = {}) => delivery.listPaymentMethods(cartId, signal),

    placeOrder: (cartId, request, requestOptions) =>
      placement.placeOrder(cartId, request, requestOptions),
    async completePaymentAction() {
      // Payment actions (3-D Secure) run in the browser, inside a payment handler's `confirm`.
      throw new CheckoutError('ADAPTER', 'Medusa asked for no payment action.', {
        reason: 'payment_action_not_found',
      })
    },

    async getOrder(orderId, { token, signal }) {
      const notFound = (cause?: unknown) =>
        new CheckoutError('ADAPTER', 'No order matches this link.', {
          reason: 'order_not_found',
          cause,
        })
      // Medusa's own rule: whoever has the order id may read the order. The token is that id.
      if (token !== orderId) throw notFound()
      const answer = await client
        .request({
          path: `/store/orders/${encodeURIComponent(orderId)}`,
          query: { fields: ORDER_FIELDS },
          schema: orderAnswerSchema,
          signal,
        })
        .catch((error: unknown) => {
          throw error instanceof CheckoutError && error.status === 404 ? notFound(error) : error
        })
      return medusaOrderToOrder(answer.order, { withToken: false, methodOf })
    },
  }
}
