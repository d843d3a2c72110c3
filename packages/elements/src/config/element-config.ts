import {
  type CheckoutAdapter,
  CheckoutError,
  CURRENCY_CODE_PATTERN,
  canonicalLocale,
  isHttpUrl,
  MAX_LINE_QUANTITY,
  MAX_SKU_LENGTH,
} from '@weship/checkout-core'
import { type BackendRef, backendRef } from './backend-config.js'
import { type ConfigField, configError } from './config-error.js'

export type { ConfigField } from './config-error.js'

export const themes = ['light', 'dark', 'auto'] as const
export type Theme = (typeof themes)[number]
export const modes = ['inline', 'drawer'] as const
export type CheckoutMode = (typeof modes)[number]

/** What the merchant wrote: attributes arrive as strings (or null), `adapter` as a property. */
export interface ElementConfigInput {
  api?: string | null
  adapter?: unknown
  backend?: string | null
  channelToken?: string | null
  publishableKey?: string | null
  paymentMethodTypes?: string | null
  locale?: string | null
  currency?: string | null
  theme?: string | null
  mode?: string | null
  orderStatusUrl?: string | null
  shopUrl?: string | null
  cart?: string | null
  sku?: string | null
  quantity?: string | null
}

/** Every element's configuration after parsing; each element reads the fields it has. */
export interface ElementConfig {
  backend: BackendRef
  /** Currency of a new cart; an existing cart keeps its own. */
  currency: string | undefined
  theme: Theme
  /** `<weship-checkout>`: in the page, or a side drawer opened by the cart button or `open()`. */
  mode: CheckoutMode
  /** Page of `<weship-order-status>`; the confirmation links to it with the order and its token. */
  orderStatusUrl: string | undefined
  /** `<weship-order-status>`: the shop page with `<weship-checkout>`, where "Buy again" leads. */
  shopUrl: string | undefined
  cartId: string | undefined
  sku: string | undefined
  quantity: number
  /** `<weship-checkout>`'s `payment-method-types`, read by its chunk (`payment-method-types.ts`). */
  paymentMethodTypes: string | undefined
}

export type ConfigResult<T> = { ok: true; config: T } | { ok: false; error: CheckoutError }

let knownCurrencies: ReadonlySet<string> | undefined

function isKnownCurrency(code: string): boolean {
  // Engines that cannot list currencies get the format check alone.
  if (typeof Intl.supportedValuesOf !== 'function') return true
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'))
  return knownCurrencies.has(code)
}

const isString = (value: unknown) => typeof value === 'string'

function isAdapter(value: unknown): value is CheckoutAdapter {
  const candidate = value as Partial<Record<keyof CheckoutAdapter, unknown>> | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.getCart === 'function' &&
    typeof candidate.createCart === 'function' &&
    typeof candidate.addItem === 'function'
  )
}

/**
 * What each field accepts, in the order errors are reported. Plain checks rather than a zod
 * schema: every page parses its elements' attributes at once, and zod is in a chunk that a
 * product page without a cart never fetches. The rules are core's (SKU length, quantity range,
 * currency pattern), by their constants.
 */
const accepts: { [F in ConfigField]: (value: unknown) => boolean } = {
  adapter: isAdapter,
  backend: (value) => typeof value === 'string' && /^[a-z][a-z0-9-]{0,31}$/.test(value),
  api: (value) => typeof value === 'string' && isHttpUrl(value),
  channelToken: isString,
  publishableKey: isString,
  locale: (value) => typeof value === 'string' && canonicalLocale(value) !== undefined,
  currency: (value) =>
    typeof value === 'string' && CURRENCY_CODE_PATTERN.test(value) && isKnownCurrency(value),
  theme: (value) => (themes as readonly unknown[]).includes(value),
  mode: (value) => (modes as readonly unknown[]).includes(value),
  orderStatusUrl: (value) => typeof value === 'string' && isHttpUrl(value),
  paymentMethodTypes: isString,
  shopUrl: (value) => typeof value === 'string' && isHttpUrl(value),
  cart: isString,
  sku: (value) => typeof value === 'string' && value.length <= MAX_SKU_LENGTH,
  quantity: (value) => {
    const quantity = Number(value)
    return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY
  },
}

const fields = Object.keys(accepts) as ConfigField[]

/** The values once `accepts` passed them (quantity is still the attribute's text). */
interface Valid {
  api?: string
  adapter?: CheckoutAdapter
  backend?: string
  channelToken?: string
  publishableKey?: string
  paymentMethodTypes?: string
  currency?: string
  theme?: Theme
  mode?: CheckoutMode
  orderStatusUrl?: string
  shopUrl?: string
  cart?: string
  sku?: string
}

/** Parses at the boundary; every failure is a CONFIG error naming the field, with a docs link. */
export function parseElementConfig(
  tag: string,
  input: ElementConfigInput,
  required: readonly ConfigField[] = [],
): ConfigResult<ElementConfig> {
  const values = normalize(input)
  const invalid = fields.find(
    (field) => values[field] !== undefined && !accepts[field](values[field]),
  )
  if (invalid) return { ok: false, error: configError(tag, invalid, values[invalid]) }
  const missing = required.find((field) => values[field] === undefined)
  if (missing) return { ok: false, error: configError(tag, missing, undefined) }
  const valid = values as Valid
  const { currency, theme, mode, orderStatusUrl, shopUrl, cart, sku } = valid
  const quantity = values.quantity === undefined ? undefined : Number(values.quantity)
  const backend = backendRef(tag, valid)
  if (backend instanceof CheckoutError) return { ok: false, error: backend }
  const config = {
    backend,
    currency,
    theme: theme ?? 'light',
    mode: mode ?? 'inline',
    orderStatusUrl,
    shopUrl,
    cartId: cart,
    sku,
    quantity: quantity ?? 1,
    paymentMethodTypes: valid.paymentMethodTypes,
  }
  return { ok: true, config }
}

/** An empty attribute counts as absent; a path-like `api` resolves against the page. */
function normalize(input: ElementConfigInput): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    values[key] = value === null || value === '' ? undefined : value
  }
  for (const field of ['api', 'orderStatusUrl', 'shopUrl']) {
    const value = values[field]
    if (typeof value === 'string' && /^\.{0,2}\//.test(value))
      values[field] = resolveAgainstPage(value)
  }
  return values
}

function resolveAgainstPage(path: string): string {
  try {
    return new URL(path, globalThis.document?.baseURI).href
  } catch {
    return path // left for the schema to refuse with a message that names the attribute
  }
}
