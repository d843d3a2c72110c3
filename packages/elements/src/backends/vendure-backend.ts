import { createVendureAdapter } from '@weship/adapter-vendure'
import type { BackendSettings } from './backend-kinds.js'
import { checkSettings } from './kind-settings.js'

/** `backend="vendure"`: the Shop API at `api`, on the channel of `channel-token` if given. */
export function createBackend(settings: BackendSettings, tag: string) {
  const { api, channelToken } = checkSettings(tag, 'vendure', settings)
  return createVendureAdapter({ shopApiUrl: api, channelToken })
}
