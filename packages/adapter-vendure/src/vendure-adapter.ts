import {
  type AdapterCapabilities,
  type CheckoutAdapter,
  CheckoutError,
  type PaymentMethod,
  validateAddress,
} from '@weship/checkout-core'
import * as z from 'zod/mini'
import { createCartLines } from './cart-lines.js'
import { createCartVersions } from './cart-versions.js'
import { createCatalog } from './catalog.js'
import * as documents from './documents.js'
import { orderOrThrow } from './error-results.js'
import { createGraphqlClient, type GraphqlClientOptions } from './graphql-client.js'
import { toVendureAddress } from './map-address.js'
import { emptyCart, orderToCart } from './map-cart.js'
import { placedOrderToOrder, toShippingOption } from './map-order.js'
import { createOrderCalls } from './order-calls.js'
import { createOrderPlacement, type PaymentMetadata } from './place-order.js'
import {
  type OrderOrError,
  paymentMethodQuoteSchema,
  shippingMethodQuoteSchema,
  type VendureOrder,
  vendureOrderSchema,
} from './vendure-schemas.js'

export interface VendureAdapterOptions extends GraphqlClientOptions {
  /** `addPaymentToOrder` metadata per payment; defaults to `{ token }` (the provider's token). */
  paymentMetadata?: PaymentMetadata
  /** Kind of each payment method by its Vendure code; `card` where not given. */
  paymentMethodTypes?: Record<string, PaymentMethod['type']>
  /** Origins of product images (Vendure's asset server), for `img-src`. */
  assetOrigins?: string[]
}

/** What stock Vendure (and this adapter) offers; the widget hides the rest. */
export const vendureCapabilities: AdapterCapabilities = {
  catalog: true,
  promoCodes: true,
  giftCards: false,
  // Vendure has accounts; the adapter does not speak its login flow yet.
  accounts: false,
  tracking: false,
  deliveryEstimates: false,
  cartRecovery: false,
}

/** A CheckoutAdapter over Vendure's Shop GraphQL API, with the cart id as the session token. */
export function createVendureAdapter(options: VendureAdapterOptions): CheckoutAdapter {
  const client = createGraphqlClient(options)
  const calls = createOrderCalls(client)
  const versions = createCartVersions()
  const catalog = createCatalog(client)
  const origin = new URL(options.shopApiUrl).origin
  const placement = createOrderPlacement({
    calls,
    versions,
    paymentMetadata: options.paymentMetadata ?? ((payment) => ({ token: payment.token })),
    taxIncluded: async () => (await channelSettings()).pricesIncludeTax,
  })

  const channelSchema = z.object({
    activeChannel: z.object({
      defaultCurrencyCode: z.string(),
      availableCurrencyCodes: z.array(z.string()),
      pricesIncludeTax: z.boolean(),
    }),
  })
  let channel: Promise<z.infer<typeof channelSchema>['activeChannel']> | undefined
  /** The channel's currency and tax display, read once. */
  const channelSettings = () => {
    channel ??= client
      .request({ query: documents.channelQuery, schema: channelSchema })
      .then(({ data }) => data.activeChannel)
    return channel
  }

  async function toCart(cartId: string, order: VendureOrder | null): Promise<Cart> {
    const version = versions.versionOf(cartId, order)
    const { defaultCurrencyCode, pricesIncludeTax } = await channelSettings()
    if (order) return orderToCart(order, cartId, version, pricesIncludeTax)
    const now = new Date().toISOString()
    return emptyCart({ cartId, version, currency: defaultCurrencyCode, now })
  }
  const cartFrom = (cartId: string) => (answer: OrderOrError) =>
    toCart(cartId, orderOrThrow(answer))
  const lines = createCartLines({ calls, catalog, toCart })

  return {
    capabilities: { ...vendureCapabilities },
    cspRequirements: {
      connectSrc: [origin],
      frameSrc: [],
      imgSrc: options.assetOrigins ?? [origin],
    },

    listProducts: (currency, { signal } = {}) => catalog.listProducts(currency, signal),

    async createCart({ currency, items = [] }, { signal } = {}) {
      const { defaultCurrencyCode } = await channelSettings()
      if (currency && currency !== defaultCurrencyCode) {
        throw new CheckoutError('VALIDATION', `This shop sells in ${defaultCurrencyCode}.`, {
          reason: 'unsupported_currency',
        })
      }
      // Vendure opens an anonymous session (and names its token) on the first order query.
      const answer = await client.request({
        query: documents.activeOrderQuery,
        schema: z.object({ activeOrder: z.nullable(vendureOrderSchema) }),
        signal,
      })
      const cartId = answer.token
      if (!cartId) {
        throw new CheckoutError('CONFIG', 'Vendure set no session token; use bearer tokens.', {
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
      const answer = await calls.changeCart(
        cartId,
        documents.applyCouponMutation,
        'applyCouponCode',
        vars,
        signal,
      )
      return cartFrom(cartId)(answer)
    },
    async removeCode(cartId, code, { signal } = {}) {
      const schema = z.object({ removeCouponCode: z.nullable(vendureOrderSchema) })
      const data = await calls.onSession(
        cartId,
        documents.removeCouponMutation,
        schema,
        { code },
        signal,
      )
      return toCart(cartId, data.removeCouponCode ?? (await calls.activeOrder(cartId, signal)))
    },

    async setContact(cartId, contact, { signal } = {}) {
      // Vendure wants a name with the e-mail; the shopper gives it with the address, later.
      const input = { emailAddress: contact.email, firstName: '', lastName: '' }
      const answer = await calls.changeCart(
        cartId,
        documents.setCustomerMutation,
        'setCustomerForOrder',
        { input },
        signal,
      )
      return cartFrom(cartId)(answer)
    },
    async setShippingAddress(cartId, address, { signal } = {}) {
      // Vendure checks no postal codes; the widget's per-country rules refuse bad ones here.
      const fieldErrors = validateAddress(address)
      if (fieldErrors.length > 0) {
        throw new CheckoutError('VALIDATION', 'The address is not valid.', {
          reason: 'invalid_address',
          fieldErrors,
        })
      }
      const input = toVendureAddress(address)
      const answer = await calls.changeCart(
        cartId,
        documents.setShippingAddressMutation,
        'setOrderShippingAddress',
        { input },
        signal,
      )
      return cartFrom(cartId)(answer)
    },
    async setBillingAddress(cartId, address, { signal } = {}) {
      const answer = address
        ? await calls.changeCart(
            cartId,
            documents.setBillingAddressMutation,
            'setOrderBillingAddress',
            { input: toVendureAddress(address) },
            signal,
          )
        : await calls.changeCart(
            cartId,
            documents.unsetBillingAddressMutation,
            'unsetOrderBillingAddress',
            {},
            signal,
          )
      return cartFrom(cartId)(answer)
    },

    async listShippingOptions(cartId, { signal } = {}) {
      const schema = z.object({ eligibleShippingMethods: z.array(shippingMethodQuoteSchema) })
      const data = await calls.onSession(cartId, documents.shippingMethodsQuery, schema, {}, signal)
      const order = await calls.activeOrder(cartId, signal)
      const { defaultCurrencyCode, pricesIncludeTax } = await channelSettings()
      const currency = order?.currencyCode ?? defaultCurrencyCode
      return data.eligibleShippingMethods.map((method) =>
        toShippingOption(method, currency, pricesIncludeTax),
      )
    },
    async selectShippingOption(cartId, optionId, { signal } = {}) {
      const vars = { ids: [optionId] }
      const answer = await calls.changeCart(
        cartId,
        documents.setShippingMethodMutation,
        'setOrderShippingMethod',
        vars,
        signal,
      )
      return cartFrom(cartId)(answer)
    },

    async listPaymentMethods(cartId, { signal } = {}) {
      const schema = z.object({ eligiblePaymentMethods: z.array(paymentMethodQuoteSchema) })
      const data = await calls.onSession(cartId, documents.paymentMethodsQuery, schema, {}, signal)
      return data.eligiblePaymentMethods
        .filter((method) => method.isEligible)
        .map((method) => ({
          id: method.code,
          type: options.paymentMethodTypes?.[method.code] ?? 'card',
          label: method.name,
        }))
    },
    placeOrder: (cartId, request, requestOptions) =>
      placement.placeOrder(cartId, request, requestOptions),
    async completePaymentAction() {
      // Stock Vendure's handlers settle in addPaymentToOrder; none asks for a shopper action.
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
      const answer = await client
        .request({ query: documents.orderByCodeQuery, variables: { code: token }, schema, signal })
        .catch((error: unknown) => {
          throw error instanceof CheckoutError && error.code === 'ADAPTER' ? notFound(error) : error
        })
      const order = answer.data.orderByCode
      if (!order || order.id !== orderId) throw notFound()
      return placedOrderToOrder(order, (await channelSettings()).pricesIncludeTax, false)
    },
  }
}

type Cart = Awaited<ReturnType<CheckoutAdapter['getCart']>>
