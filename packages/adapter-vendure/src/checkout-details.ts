import {
  type Address,
  type Cart,
  type CheckoutAdapter,
  CheckoutError,
  type Contact,
  loadAddressFormat,
  type PaymentMethod,
  validateAddress,
} from '@weship/checkout-core'
import * as z from 'zod/mini'
import type { ChannelSettings } from './channel.js'
import * as documents from './documents.js'
import { toVendureAddress } from './map-address.js'
import { toShippingOption } from './map-order.js'
import type { createOrderCalls } from './order-calls.js'
import {
  type OrderOrError,
  paymentMethodQuoteSchema,
  shippingMethodQuoteSchema,
} from './vendure-schemas.js'

interface DetailsDeps {
  calls: ReturnType<typeof createOrderCalls>
  channelSettings(): Promise<ChannelSettings>
  cartFrom(cartId: string, answer: OrderOrError): Promise<Cart>
  paymentMethodTypes: Record<string, PaymentMethod['type']>
  /** Filled as methods are listed, so receipts name them as the shopper saw them. */
  methodNames: Map<string, string>
}

type Details = Pick<
  CheckoutAdapter,
  | 'setContact'
  | 'setShippingAddress'
  | 'setBillingAddress'
  | 'listShippingOptions'
  | 'selectShippingOption'
  | 'listPaymentMethods'
>

/** Contact, addresses, delivery and payment methods: the guest checkout's details. */
export function createCheckoutDetails(deps: DetailsDeps): Details {
  const { calls, cartFrom } = deps
  const change = async (
    cartId: string,
    query: string,
    field: string,
    variables: Record<string, unknown>,
    signal?: AbortSignal,
  ) => cartFrom(cartId, await calls.changeCart(cartId, query, field, variables, signal))

  return {
    setContact(cartId, contact: Contact, { signal } = {}) {
      // Vendure asks names with the e-mail; the shopper gives the name with the address, later.
      // Marketing consent has no home in stock Vendure and is not kept (docs/adapters/vendure.md).
      const input = { emailAddress: contact.email, firstName: '', lastName: '' }
      return change(cartId, documents.setCustomerMutation, 'setCustomerForOrder', { input }, signal)
    },

    async setShippingAddress(cartId, address: Address, { signal } = {}) {
      // Vendure checks no postal codes; the country's address data refuses bad ones here.
      const format = await loadAddressFormat(address.country)
      const fieldErrors = validateAddress(address, format)
      if (fieldErrors.length > 0) {
        const reason = 'invalid_address'
        throw new CheckoutError('VALIDATION', 'The address is not valid.', { reason, fieldErrors })
      }
      const input = toVendureAddress(address)
      const field = 'setOrderShippingAddress'
      return change(cartId, documents.setShippingAddressMutation, field, { input }, signal)
    },

    setBillingAddress(cartId, address, { signal } = {}) {
      if (!address) {
        const field = 'unsetOrderBillingAddress'
        return change(cartId, documents.unsetBillingAddressMutation, field, {}, signal)
      }
      const input = toVendureAddress(address)
      const field = 'setOrderBillingAddress'
      return change(cartId, documents.setBillingAddressMutation, field, { input }, signal)
    },

    async listShippingOptions(cartId, { signal } = {}) {
      const schema = z.object({
        eligibleShippingMethods: z.array(shippingMethodQuoteSchema),
        activeOrder: z.nullable(z.object({ currencyCode: z.string() })),
      })
      const query = documents.shippingMethodsQuery
      const data = await calls.onSession(cartId, query, schema, {}, signal)
      const { defaultCurrencyCode, pricesIncludeTax } = await deps.channelSettings()
      const currency = data.activeOrder?.currencyCode ?? defaultCurrencyCode
      return data.eligibleShippingMethods.map((method) =>
        toShippingOption(method, currency, pricesIncludeTax),
      )
    },

    selectShippingOption(cartId, optionId, { signal } = {}) {
      const field = 'setOrderShippingMethod'
      const ids = [optionId]
      return change(cartId, documents.setShippingMethodMutation, field, { ids }, signal)
    },

    async listPaymentMethods(cartId, { signal } = {}) {
      const schema = z.object({ eligiblePaymentMethods: z.array(paymentMethodQuoteSchema) })
      const query = documents.paymentMethodsQuery
      const data = await calls.onSession(cartId, query, schema, {}, signal)
      for (const method of data.eligiblePaymentMethods)
        deps.methodNames.set(method.code, method.name)
      return data.eligiblePaymentMethods
        .filter((method) => method.isEligible)
        .map((method) => ({
          id: method.code,
          type: deps.paymentMethodTypes[method.code] ?? 'card',
          label: method.name,
        }))
    },
  }
}
