import { cartFingerprint } from './map-cart.js'
import type { MedusaCart } from './medusa-schemas.js'

/**
 * Medusa's cart keeps no revision (its `updated_at` does not move when lines change), so versions
 * are counted here as the Vendure adapter does (ADR 0008): a cart's version goes up each time this
 * adapter sees what the shopper would pay change, and stays put while it is the same.
 */
export function createCartVersions() {
  const seen = new Map<string, { fingerprint: string; version: number }>()
  return {
    versionOf(cart: MedusaCart): number {
      const fingerprint = cartFingerprint(cart)
      const last = seen.get(cart.id)
      if (last?.fingerprint === fingerprint) return last.version
      const version = (last?.version ?? 0) + 1
      seen.set(cart.id, { fingerprint, version })
      return version
    },
  }
}
