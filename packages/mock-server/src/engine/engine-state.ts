import { currencyCodeSchema, quantitySchema, skuSchema } from '@weship/checkout-core'
import * as z from 'zod/mini'
import { storedCustomerSchema } from './accounts/account-state.js'
import type { StoredCart } from './cart-view.js'
import type { CatalogIndex } from './catalog-index.js'
import { storedCheckoutDetailsShape } from './checkout/stored-details.js'
import { codeLedgerStateSchema } from './codes/code-ledger.js'
import { storedOrderSchema } from './orders/order-state.js'
import { postPurchaseStateSchema } from './post-purchase/post-purchase-state.js'

const storedCartSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.int().check(z.gte(1)),
  currency: currencyCodeSchema,
  lines: z.array(z.object({ id: z.string(), sku: skuSchema, quantity: quantitySchema })),
  nextLine: z.int().check(z.gte(1)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  ...storedCheckoutDetailsShape,
})

/** Everything the engine remembers, as JSON; `format` changes when old snapshots stop fitting. */
export const engineStateSchema = z.object({
  format: z.literal('weship-mock-server/1'),
  carts: z.array(storedCartSchema),
  /** Gift card balances and once-per-customer code uses (absent in older snapshots). */
  codes: z.optional(codeLedgerStateSchema),
  /** Placed orders (status tokens as hashes only); card tokens are never written. */
  orders: z.optional(z.array(storedOrderSchema)),
  /** Accounts, with scrypt password hashes only; sessions are not written. */
  customers: z.optional(z.array(storedCustomerSchema)),
  /** Unsubscribes, ratings and sent incentive codes (absent in older snapshots). */
  postPurchase: z.optional(postPurchaseStateSchema),
})

export type EngineState = z.infer<typeof engineStateSchema>

/** Deep copy of the carts for a snapshot. */
export function exportCarts(carts: Iterable<StoredCart>): EngineState {
  return { format: 'weship-mock-server/1', carts: structuredClone([...carts]) }
}

/**
 * Carts from a snapshot that still fit the catalog: lines of SKUs the catalog dropped are left
 * out, and carts in a currency it no longer sells are forgotten.
 */
export function importCarts(state: EngineState, catalog: CatalogIndex): StoredCart[] {
  return structuredClone(state.carts)
    .filter((cart) => catalog.currencies.includes(cart.currency))
    .map((cart) => ({ ...cart, lines: cart.lines.filter((line) => catalog.findVariant(line.sku)) }))
}
