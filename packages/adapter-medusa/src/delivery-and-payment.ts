import {
  type Cart,
  decimalToMoney,
  type PaymentMethod,
  type ShippingOption,
} from '@weship/checkout-core'
import * as z from 'zod/mini'
import type { CartCalls } from './cart-calls.js'
import {
  type MedusaCart,
  type MedusaShippingOption,
  medusaShippingOptionSchema,
} from './medusa-schemas.js'
import type { MedusaPaymentHandler } from './place-order.js'
import type { StoreClient } from './store-client.js'

/**
 * How a Medusa payment provider shows in the widget: its kind and label, and whatever else a
 * payment provider of the widget reads from its method (e.g. the Stripe provider's settings).
 */
export type PaymentMethodDisplay = Partial<Omit<PaymentMethod, 'id'>>

/** Medusa names providers by id only; these are the kinds and labels of the stock ones. */
const knownProviders: Array<[RegExp, Pick<PaymentMethod, 'type' | 'label'>]> = [
  [/^pp_system_default$/, { type: 'invoice', label: 'Manual payment' }],
  [/^pp_stripe/, { type: 'card', label: 'Card' }],
]

interface DeliveryDeps {
  client: StoreClient
  calls: CartCalls
  toCart(cart: MedusaCart): Promise<Cart>
  /** Which of the region's providers to offer, in this order; all by default. */
  paymentProviders?: string[] | undefined
  paymentMethods: Record<string, PaymentMethodDisplay>
  paymentHandlers: Record<string, MedusaPaymentHandler>
}

/**
 * Providers whose sessions are confirmed in the browser before the cart completes: Medusa's Stripe
 * provider (`medusaStripeHandler`). Without their handler they could only fail, so they are not
 * offered (a `backend="medusa"` page, which no attribute can give one).
 */
const needsHandler = /^pp_stripe/

const optionsAnswer = z.object({ shipping_options: z.array(medusaShippingOptionSchema) })
const calculatedAnswer = z.object({ shipping_option: medusaShippingOptionSchema })
const providersAnswer = z.object({ payment_providers: z.array(z.object({ id: z.string() })) })

export function createDeliveryAndPayment(deps: DeliveryDeps) {
  const { client, calls } = deps

  /** A calculated option (a carrier's rate) has no amount until Medusa asks its provider. */
  async function priced(option: MedusaShippingOption, cartId: string, signal?: AbortSignal) {
    if (option.price_type !== 'calculated') return option
    const answer = await client.request({
      method: 'POST',
      path: `/store/shipping-options/${encodeURIComponent(option.id)}/calculate`,
      body: { cart_id: cartId },
      schema: calculatedAnswer,
      signal,
    })
    return answer.shipping_option
  }

  return {
    async listShippingOptions(cartId: string, signal?: AbortSignal): Promise<ShippingOption[]> {
      const cart = await calls.get(cartId, signal)
      const currency = cart.currency_code.toUpperCase()
      const answer = await client.request({
        path: '/store/shipping-options',
        query: { cart_id: cartId },
        schema: optionsAnswer,
        signal,
      })
      const options = await Promise.all(
        answer.shipping_options.map((o) => priced(o, cartId, signal)),
      )
      return options.flatMap((option) => {
        if (option.amount === null || option.amount === undefined) return []
        return [
          {
            id: option.id,
            kind: kindOf(option),
            label: option.name,
            price: decimalToMoney(option.amount, currency),
            // Medusa's shipping options promise no dates (capabilities.deliveryEstimates is false).
            estimatedDelivery: null,
          },
        ]
      })
    },

    async selectShippingOption(cartId: string, optionId: string, signal?: AbortSignal) {
      const body = { option_id: optionId }
      return deps.toCart(await calls.post(cartId, '/shipping-methods', body, signal))
    },

    async listPaymentMethods(cartId: string, signal?: AbortSignal): Promise<PaymentMethod[]> {
      const cart = await calls.get(cartId, signal)
      const answer = await client.request({
        path: '/store/payment-providers',
        query: { region_id: cart.region_id ?? '' },
        schema: providersAnswer,
        signal,
      })
      const offered = answer.payment_providers
        .map((provider) => provider.id)
        .filter((id) => !needsHandler.test(id) || id in deps.paymentHandlers)
      const ids = deps.paymentProviders
        ? deps.paymentProviders.filter((id) => offered.includes(id))
        : offered
      return ids.map((id) => paymentMethodOf(id, deps.paymentMethods[id]))
    },
  }
}

export function paymentMethodOf(id: string, display?: PaymentMethodDisplay): PaymentMethod {
  const known = knownProviders.find(([pattern]) => pattern.test(id))?.[1]
  return {
    ...display,
    id,
    type: display?.type ?? known?.type ?? 'card',
    label: display?.label ?? known?.label ?? id,
  }
}

function kindOf(option: MedusaShippingOption): ShippingOption['kind'] {
  if (option.service_zone?.fulfillment_set?.type === 'pickup') return 'pickup'
  const code = `${option.type?.code ?? ''} ${option.name}`.toLowerCase()
  return code.includes('express') ? 'express' : 'standard'
}
