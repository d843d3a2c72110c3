/**
 * Cart versions for a backend that keeps no revision (Vendure, Medusa; ADR 0008): a cart's
 * version goes up each time its fingerprint (what the shopper would pay) changes, and stays put
 * while it is the same.
 */
export function createVersionCounter() {
  const seen = new Map<string, { fingerprint: string; version: number }>()
  return {
    versionOf(cartId: string, fingerprint: string): number {
      const last = seen.get(cartId)
      if (last?.fingerprint === fingerprint) return last.version
      const version = (last?.version ?? 0) + 1
      seen.set(cartId, { fingerprint, version })
      return version
    },
  }
}
