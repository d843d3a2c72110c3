import {
  type CheckoutAdapter,
  PAYMENT_METHOD_TYPES,
  type PaymentMethod,
} from '@weship/checkout-core'
import { configError } from '../config/config-error.js'

/** Payment method kinds by method id, for backends whose API does not say (Vendure, Medusa). */
export type PaymentMethodTypes = Record<string, PaymentMethod['type']>

/**
 * `payment-method-types="standard-payment:invoice, stripe:card"` as a map. Read by the
 * checkout's chunk, the only code that shows payment methods; a malformed entry is a CONFIG error.
 */
export function parsePaymentMethodTypes(text: string | undefined): PaymentMethodTypes | undefined {
  if (!text) return undefined
  const types: PaymentMethodTypes = {}
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const [, id, type] = /^([^:]+):(.+)$/.exec(entry) ?? []
    if (!id || !(PAYMENT_METHOD_TYPES as readonly string[]).includes(type ?? '')) {
      const kinds = PAYMENT_METHOD_TYPES.join(', ')
      const why = `must pair payment method ids with a kind (${kinds}), such as "standard-payment:invoice"`
      throw configError('weship-checkout', 'paymentMethodTypes', text, why)
    }
    types[id] = type as PaymentMethod['type']
  }
  return types
}

/** The backend's payment methods with the kinds the merchant named. */
export function withPaymentMethodTypes(
  adapter: CheckoutAdapter,
  types: PaymentMethodTypes | undefined,
): CheckoutAdapter {
  if (!types) return adapter
  return new Proxy(adapter, {
    get(target, name, receiver) {
      if (name !== 'listPaymentMethods') return Reflect.get(target, name, receiver)
      return async (...args: Parameters<CheckoutAdapter['listPaymentMethods']>) => {
        const methods = await target.listPaymentMethods(...args)
        return methods.map((method) => ({ ...method, type: types[method.id] ?? method.type }))
      }
    },
  })
}
