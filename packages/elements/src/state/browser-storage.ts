import { createSafeStorage, type KeyValueStorage } from '@weship/checkout-core'

/**
 * The page's `localStorage` or this tab's `sessionStorage`, behind core's safe wrapper: sandboxed
 * frames and blocked storage throw on every access, and the widget must work on without them.
 */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): KeyValueStorage {
  let storage: Storage | undefined
  try {
    storage = globalThis[kind]
  } catch {
    storage = undefined
  }
  return createSafeStorage(storage)
}
