import type { CheckoutAdapter } from '@weship/checkout-core'

/** What an element's attributes say about the backend: its endpoint and kind-specific keys. */
export interface BackendSettings {
  api: string
  /** `channel-token` (Vendure): picks a channel other than the default one. */
  channelToken?: string | undefined
  /** `publishable-key` (Medusa): the store's publishable API key, `pk_…`. */
  publishableKey?: string | undefined
}

/** The attributes that belong to one kind. */
export type BackendField = Exclude<keyof BackendSettings, 'api'>

/**
 * A kind's adapter, in a chunk beside the CDN file that only pages naming the kind fetch. It
 * checks the attributes it reads (`checkSettings`) and throws a CONFIG error for a bad one.
 */
export interface BackendModule {
  createBackend(settings: BackendSettings, tag: string): CheckoutAdapter
}

/** The kinds `backend="…"` names: `rest` (the default) lives in the main file, the others in chunks. */
export const backendKinds = ['rest', 'vendure', 'medusa']

/** The kind each kind-specific attribute belongs to. */
export const fieldKinds: Record<BackendField, string> = {
  channelToken: 'vendure',
  publishableKey: 'medusa',
}
