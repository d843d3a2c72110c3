import { CheckoutError, docsUrl } from '@weship/checkout-core'

/** What a valid value looks like, in the words of the error message. */
export const expectations = {
  adapter: 'a CheckoutAdapter object (see @weship/checkout-core)',
  backend: 'rest, vendure, medusa or a registered name',
  api: 'an http(s) URL of your checkout API, such as https://shop.example/api/checkout',
  // Checked by their kind's chunk (`kind-settings.ts`), which says what they must be.
  channelToken: '',
  publishableKey: '',
  locale: 'a BCP 47 language tag such as de-DE',
  currency: 'an ISO 4217 currency code known to this browser, such as EUR',
  theme: 'light, dark or auto',
  mode: 'inline or drawer',
  orderStatusUrl: 'an http(s) URL or a path of your order status page, such as /order-status',
  shopUrl: 'an http(s) URL or a path, such as /shop',
  // Read by the checkout's chunk (`payment-method-types.ts`), which says what it must be.
  paymentMethodTypes: '',
  cart: 'a cart id',
  sku: 'a product SKU of 1 to 64 characters',
  quantity: 'a whole number from 1 to 999',
} as const
export type ConfigField = keyof typeof expectations

/** Attributes are kebab-case: `orderStatusUrl` is written `order-status-url`. */
export const attributeName = (field: string) =>
  field.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`)

/** A CONFIG error naming the attribute (or the `adapter` property), with a docs link. */
export function configError(
  tag: string,
  field: ConfigField,
  value: unknown,
  why = `must be ${expectations[field]}`,
): CheckoutError {
  const kind = field === 'adapter' ? 'property' : 'attribute'
  const name = kind === 'attribute' ? attributeName(field) : field
  const got =
    typeof value === 'string' ? `"${value}"` : value === undefined ? 'nothing' : typeof value
  return new CheckoutError('CONFIG', `<${tag}>: the "${name}" ${kind} ${why}; got ${got}.`, {
    reason:
      field === 'api' ? 'invalid_api_url' : `invalid_${attributeName(field).replaceAll('-', '_')}`,
    docsUrl: docsLink(tag),
  })
}

export function docsLink(tag: string): string {
  return docsUrl(`reference/elements.md#${tag}`)
}
