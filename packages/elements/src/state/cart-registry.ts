import {
  type CartSession,
  type CheckoutAdapter,
  createCartSession,
  createHttpAdapter,
} from '@weship/checkout-core'
import type { Backend } from '../config/element-config.js'
import { browserStorage } from './browser-storage.js'

/** A backend's adapter and the page's one cart session on it. */
export interface PageCart {
  adapter: CheckoutAdapter
  session: CartSession
  /** Namespaces what the page stores for this backend (`weship:cart…`, `weship:checkout…`). */
  storageKey: string
}

// One session per backend, so a product card's add-to-cart updates the checkout below it at once.
const sessionsByApi = new Map<string, PageCart>()
let sessionsByAdapter = new WeakMap<CheckoutAdapter, PageCart>()

/** `weship:cart:<origin+path>`: two shops on one origin never share a cart. */
export function cartStorageKey(api: string): string {
  const url = new URL(api)
  return `weship:cart:${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/** Adapters carry no URL, so they share core's default key. */
const ADAPTER_STORAGE_KEY = 'weship:cart'

/**
 * The page's cart session for a backend, created on first use. The first caller's `currency`
 * decides the currency of a new cart. Throws a CONFIG CheckoutError for an unusable `api`.
 */
export function pageCartFor(backend: Backend, currency?: string): PageCart {
  if ('adapter' in backend) {
    const { adapter } = backend
    const entry =
      sessionsByAdapter.get(adapter) ?? newPageCart(adapter, ADAPTER_STORAGE_KEY, currency)
    sessionsByAdapter.set(adapter, entry)
    return entry
  }
  const storageKey = cartStorageKey(backend.api)
  let entry = sessionsByApi.get(storageKey)
  if (!entry) {
    entry = newPageCart(createHttpAdapter({ baseUrl: backend.api }), storageKey, currency)
    sessionsByApi.set(storageKey, entry)
  }
  return entry
}

/** The page's cart session for a backend (see `pageCartFor`). */
export function cartSessionFor(backend: Backend, currency?: string): CartSession {
  return pageCartFor(backend, currency).session
}

function newPageCart(adapter: CheckoutAdapter, storageKey: string, currency?: string): PageCart {
  const storage = browserStorage('localStorage')
  const session = createCartSession({ adapter, storage, storageKey, currency })
  return { adapter, session, storageKey }
}

/** For tests: every element connected afterwards starts from a fresh session. */
export function clearCartSessions(): void {
  sessionsByApi.clear()
  sessionsByAdapter = new WeakMap()
}
