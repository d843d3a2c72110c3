import {
  type BackendIdentity,
  backendKey,
  type CartSession,
  type CheckoutAdapter,
  createCartSession,
  type KeyValueStorage,
} from '@weship/checkout-core'
import { browserStorage } from './browser-storage.js'

/** A backend's adapter and the page's one cart session on it. */
export interface PageCart {
  adapter: CheckoutAdapter
  session: CartSession
  /** Namespaces what the page stores for this backend (`weship:cart…`, `weship:checkout…`). */
  storageKey: string
  /** Keys of earlier releases that may hold this backend's cart, adopted once. */
  legacyKeys: readonly string[]
}

interface Entry extends PageCart {
  target: CheckoutAdapter
  /** Until its first call, a built adapter gives way to the developer's object for its backend. */
  replaceable: boolean
}

// One session per backend, so a product card's add-to-cart updates the checkout below it at once.
const byIdentity = new Map<string, Entry>()
let byObject = new WeakMap<CheckoutAdapter, Entry>()
/** Adapters the elements built from attributes, and the developer's own objects by backend. */
const built = new WeakSet<CheckoutAdapter>()
const preferred = new Map<string, CheckoutAdapter>()

/** Marks an adapter as built from attributes: an object the developer gives for its backend wins. */
export function builtFromAttributes(adapter: CheckoutAdapter): CheckoutAdapter {
  built.add(adapter)
  return adapter
}

/** Records the developer's adapter (a registered backend) as the one to use for its backend. */
export function preferAdapter(adapter: CheckoutAdapter): void {
  const { identity } = adapter
  if (!identity) return
  const key = backendKey(identity)
  if (!preferred.has(key)) preferred.set(key, adapter)
  const entry = byIdentity.get(key)
  if (entry?.replaceable) replaceTarget(entry, adapter)
}

function replaceTarget(entry: Entry, adapter: CheckoutAdapter): void {
  entry.target = adapter
  entry.replaceable = false
}

/**
 * `weship:cart:<kind>:<endpoint>[#channel]`. Earlier releases kept an `api` attribute's cart
 * under `weship:cart:<origin+path>` and an adapter object's under `weship:cart`.
 */
function storageKeys(identity: BackendIdentity): [string, string[]] {
  const legacy = identity.kind === 'rest' ? [`weship:cart:${identity.endpoint}`] : []
  return [`weship:cart:${backendKey(identity)}`, [...legacy, 'weship:cart']]
}

/**
 * The page's cart session for the backend an adapter talks to, created on first use: one per
 * identity, whichever element, attribute or object names it. An adapter without an identity is
 * a backend of its own. The first caller's `currency` decides the currency of a new cart.
 */
export function pageCartFor(adapter: CheckoutAdapter, currency?: string): PageCart {
  const { identity } = adapter
  if (!identity) {
    const entry = byObject.get(adapter) ?? newEntry(adapter, 'weship:cart', [], currency)
    byObject.set(adapter, entry)
    return entry
  }
  const key = backendKey(identity)
  let entry = byIdentity.get(key)
  if (!entry) {
    const [storageKey, legacyKeys] = storageKeys(identity)
    entry = newEntry(preferred.get(key) ?? adapter, storageKey, legacyKeys, currency)
    byIdentity.set(key, entry)
  } else if (entry.replaceable && !built.has(adapter)) {
    replaceTarget(entry, adapter)
  }
  return entry
}

function newEntry(
  target: CheckoutAdapter,
  storageKey: string,
  legacyKeys: string[],
  currency?: string,
): Entry {
  const storage = browserStorage('localStorage')
  adoptLegacyKey(storage, storageKey, legacyKeys)
  const entry = {
    target,
    replaceable: built.has(target),
    storageKey,
    legacyKeys,
  } as Partial<Entry> as Entry
  entry.adapter = forwardTo(entry)
  entry.session = createCartSession({ adapter: entry.adapter, storage, storageKey, currency })
  return entry
}

/** The adapter the session and checkout hold: calls go to the entry's current target. */
function forwardTo(entry: Entry): CheckoutAdapter {
  return new Proxy({} as CheckoutAdapter, {
    get(_, name) {
      const { target } = entry
      const value: unknown = Reflect.get(target, name)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        entry.replaceable = false
        return value.apply(target, args)
      }
    },
    has: (_, name) => name in entry.target,
  })
}

/** Moves what an earlier release remembered under another key, so the shopper's cart survives. */
export function adoptLegacyKey(
  storage: KeyValueStorage,
  key: string,
  legacyKeys: readonly string[],
): void {
  if (storage.getItem(key) !== null) return
  for (const legacy of legacyKeys) {
    const value = storage.getItem(legacy)
    if (value === null) continue
    storage.setItem(key, value)
    storage.removeItem(legacy)
    return
  }
}

/** For tests: every element connected afterwards starts from a fresh session. */
export function clearCartSessions(): void {
  byIdentity.clear()
  preferred.clear()
  byObject = new WeakMap()
}
