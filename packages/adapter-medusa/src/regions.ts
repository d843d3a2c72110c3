import { CheckoutError } from '@weship/checkout-core'
import * as z from 'zod/mini'
import { type MedusaRegion, medusaRegionSchema } from './medusa-schemas.js'
import type { StoreClient } from './store-client.js'

export interface RegionOptions {
  /**
   * The region of each currency, by ISO code (`{ EUR: 'reg_…' }`), for shops with several
   * regions in one currency; otherwise the first region selling in the currency.
   */
  regions?: Record<string, string>
  /** Currency of a cart created without one; Medusa's default region's by default. */
  defaultCurrency?: string
}

const regionsAnswer = z.object({ regions: z.array(medusaRegionSchema) })

/** Medusa prices a cart by its region (a currency and the countries it ships to). */
export function createRegions(client: StoreClient, options: RegionOptions) {
  let loaded: Promise<MedusaRegion[]> | undefined
  const all = (signal?: AbortSignal) => {
    loaded ??= client
      .request({
        path: '/store/regions',
        query: { limit: '200', fields: 'id,name,currency_code,*countries' },
        schema: regionsAnswer,
        signal,
      })
      .then((answer) => answer.regions)
    // A failed load (offline, aborted) is tried again next time.
    loaded.catch(() => {
      loaded = undefined
    })
    return loaded
  }
  const currencyOf = (region: MedusaRegion) => region.currency_code.toUpperCase()
  const serves = (region: MedusaRegion, country: string) =>
    (region.countries ?? []).some((entry) => entry.iso_2.toUpperCase() === country)

  return {
    /**
     * The region of a new cart: the currency's, or with none asked (and no default currency),
     * undefined, so that Medusa picks the store's default region itself.
     */
    async forCurrency(
      currency: string | undefined,
      signal?: AbortSignal,
    ): Promise<MedusaRegion | undefined> {
      const wanted = (currency ?? options.defaultCurrency ?? '').toUpperCase()
      if (!wanted) return undefined
      const regions = await all(signal)
      const pinned = options.regions?.[wanted]
      const region = regions.find((r) => (pinned ? r.id === pinned : currencyOf(r) === wanted))
      if (region) return region
      const sold = [...new Set(regions.map(currencyOf))].join(', ')
      throw new CheckoutError('VALIDATION', `This shop sells in ${sold || 'no currency'}.`, {
        reason: 'unsupported_currency',
      })
    },
    /** The region for an address: the cart's own when it serves the country, else one in its currency that does. */
    async forCountry(
      current: string | null | undefined,
      currency: string,
      country: string,
      signal?: AbortSignal,
    ): Promise<MedusaRegion | undefined> {
      const regions = await all(signal)
      const own = regions.find((region) => region.id === current)
      if (own && serves(own, country)) return own
      return regions.find(
        (region) => currencyOf(region) === currency.toUpperCase() && serves(region, country),
      )
    },
  }
}
