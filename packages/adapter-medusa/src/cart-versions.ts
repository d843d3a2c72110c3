import { createVersionCounter } from '@weship/checkout-core'
import { cartFingerprint } from './map-cart.js'
import type { MedusaCart } from './medusa-schemas.js'

/**
 * Medusa's cart keeps no revision (its `updated_at` does not move when lines change), so versions
 * are counted here as the Vendure adapter does (core's `createVersionCounter`, ADR 0008).
 */
export function createCartVersions() {
  const counter = createVersionCounter()
  return {
    versionOf: (cart: MedusaCart): number => counter.versionOf(cart.id, cartFingerprint(cart)),
  }
}
