import { effect } from '@preact/signals'
import type { CartSession } from '@weship/checkout-core'

/** A cart change one tab tells the others: a new version, another cart, or none (null). */
interface CartChange {
  cartId: string | null
  version: number
}

interface Channel {
  publish(change: CartChange): void
  subscribe(listener: (change: CartChange) => void): () => void
}

/**
 * Keeps this tab's cart session in step with the page's other tabs on the same shop: what one
 * shows (a new version, another cart, none after an order), the others load. A tab tells only
 * what it has settled on, and hears only what is newer than what it shows, so nothing echoes.
 */
export function syncTabs(session: CartSession, name: string): () => void {
  const channel = browserChannel(name)
  if (!channel) return () => undefined
  const stopHearing = channel.subscribe(({ cartId, version }) => {
    const shown = session.cart.peek()
    if (!cartId) {
      if (shown) session.forget()
    } else if (cartId !== shown?.id || version > shown.version) {
      void session.load(cartId)
    }
  })
  let told: string | undefined
  const stopTelling = effect(() => {
    const cart = session.cart.value
    // A load on its way, or one that failed, is nothing to tell.
    if (session.status.value !== 'ready') return
    const change = { cartId: cart?.id ?? null, version: cart?.version ?? 0 }
    const key = `${change.cartId}@${change.version}`
    if (told !== undefined && key !== told) channel.publish(change)
    told = key
  })
  return () => {
    stopHearing()
    stopTelling()
  }
}

/**
 * A BroadcastChannel, or where there is none, `storage` events on a key written for the purpose.
 * Null where neither exists (a server render, a sandboxed frame without storage).
 */
function browserChannel(name: string): Channel | null {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name)
    return {
      publish: (change) => channel.postMessage(change),
      subscribe: (listener) => {
        channel.onmessage = (event) => hear(event.data, listener)
        return () => channel.close()
      },
    }
  }
  let storage: Storage | undefined
  try {
    storage = globalThis.localStorage
  } catch {
    return null
  }
  if (!storage || typeof addEventListener !== 'function') return null
  return {
    publish: (change) => {
      try {
        // A nonce, so the same change twice is still a change the other tabs hear of.
        storage.setItem(name, JSON.stringify({ ...change, at: Math.random() }))
      } catch {
        // Full or blocked storage: the other tabs learn of it on their next load.
      }
    },
    subscribe: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== name || !event.newValue) return
        try {
          hear(JSON.parse(event.newValue), listener)
        } catch {
          // Not ours, or not JSON: nothing to hear.
        }
      }
      addEventListener('storage', onStorage)
      return () => removeEventListener('storage', onStorage)
    },
  }
}

/** Passes on what another tab sent if it has the shape of a change: nothing else is trusted. */
function hear(data: unknown, listener: (change: CartChange) => void): void {
  const { cartId, version } = (data ?? {}) as Record<string, unknown>
  if ((typeof cartId === 'string' || cartId === null) && typeof version === 'number') {
    listener({ cartId, version })
  }
}
