import {
  type CartSession,
  type CheckoutAdapter,
  createCartSession,
  createHttpAdapter,
  createSafeStorage,
  type KeyValueStorage,
} from '@weship/checkout-core'
import type { Backend } from '../config/element-config.js'

// One session per backend, so a product card's add-to-cart updates the checkout below it at once.
const sessionsByApi = new Map<string, CartSession>()
let sessionsByAdapter = new WeakMap<CheckoutAdapter, CartSession>()

/** `weship:cart:<origin+path>`: two shops on one origin never share a cart. */
export function cartStorageKey(api: string): string {
  const url = new URL(api)
  return `weship:cart:${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/** Adapters carry no URL, so they share core's default key. */
const ADAPTER_STORAGE_KEY = 'weship:cart'

function pageStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined // reading localStorage throws in sandboxed frames and with storage blocked
  }
}

/**
 * The page's cart session for a backend, created on first use. The first caller's `currency`
 * decides the currency of a new cart. Throws a CONFIG CheckoutError for an unusable `api`.
 */
export function cartSessionFor(backend: Backend, currency?: string): CartSession {
  if ('adapter' in backend) {
    const { adapter } = backend
    const session =
      sessionsByAdapter.get(adapter) ?? newSession(adapter, ADAPTER_STORAGE_KEY, currency)
    sessionsByAdapter.set(adapter, session)
    return session
  }
  const storageKey = cartStorageKey(backend.api)
  let session = sessionsByApi.get(storageKey)
  if (!session) {
    session = newSession(createHttpAdapter({ baseUrl: backend.api }), storageKey, currency)
    sessionsByApi.set(storageKey, session)
  }
  return session
}

function newSession(adapter: CheckoutAdapter, storageKey: string, currency?: string) {
  const storage = createSafeStorage(pageStorage())
  return createCartSession({ adapter, storage, storageKey, currency })
}

/** For tests: every element connected afterwards starts from a fresh session. */
export function clearCartSessions(): void {
  sessionsByApi.clear()
  sessionsByAdapter = new WeakMap()
}
