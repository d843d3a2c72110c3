import type { CheckoutAdapter, CheckoutError } from '@weship/checkout-core'
import {
  type BackendField,
  type BackendSettings,
  backendKinds,
  fieldKinds,
} from '../backends/backend-kinds.js'
import { DEFAULT_BACKEND } from '../state/backend-registry.js'
import { configError } from './config-error.js'

/**
 * Where the element's cart lives: an adapter object (the `adapter` property), a kind built from
 * attributes (`backend`, `api`, …), or a backend registered by name (the page's default when the
 * element names none).
 */
export type BackendRef =
  | { adapter: CheckoutAdapter }
  | { kind: string; settings: BackendSettings }
  | { name: string }

/** The backend attributes once each was found well-formed. */
export interface BackendValues extends Partial<BackendSettings> {
  adapter?: CheckoutAdapter | undefined
  backend?: string | undefined
}

/**
 * The element's backend, or the CONFIG error of a missing `api`. A kind's own attributes are
 * checked by its chunk (`kind-settings.ts`); the REST backend, in this file, takes none.
 */
export function backendRef(tag: string, values: BackendValues): BackendRef | CheckoutError {
  const { adapter, backend, api, channelToken, publishableKey } = values
  if (adapter) return { adapter }
  const kind = backend ?? (api ? 'rest' : DEFAULT_BACKEND)
  if (!backendKinds.includes(kind)) return { name: kind }
  if (!api) return configError(tag, 'api', undefined, `is needed with backend="${kind}"`)
  const foreign: BackendField | undefined = channelToken
    ? 'channelToken'
    : publishableKey
      ? 'publishableKey'
      : undefined
  if (kind === 'rest' && foreign) {
    return configError(
      tag,
      foreign,
      values[foreign],
      `is for backend="${fieldKinds[foreign]}" only`,
    )
  }
  return { kind, settings: { api, channelToken, publishableKey } }
}
