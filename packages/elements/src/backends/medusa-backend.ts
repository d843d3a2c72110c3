import { createMedusaAdapter } from '@weship/adapter-medusa'
import type { BackendSettings } from './backend-kinds.js'
import { checkSettings } from './kind-settings.js'

/** `backend="medusa"`: the Medusa server at `api`, selling in the sales channel of `publishable-key`. */
export function createBackend(settings: BackendSettings, tag: string) {
  const { api, publishableKey = '' } = checkSettings(tag, 'medusa', settings, 'publishableKey')
  return createMedusaAdapter({ baseUrl: api, publishableKey })
}
