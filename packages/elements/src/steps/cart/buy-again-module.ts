import type { Cart, CartSession, CheckoutAdapter } from '@weship/checkout-core'
import { h } from 'preact'
import { addEnglish } from '../../i18n/translator.js'
import { lazyModule } from '../../state/lazy-module.js'

/** The "Buy again" chunk, fetched only by a page a "Buy again" link opened. */
export const buyAgainModule = lazyModule('Buy again', () =>
  import('./buy-again-chunk.js').then((module) => {
    addEnglish(module.reorderEnglish)
    return module
  }),
)

/**
 * The new cart of a "Buy again" token (core's `reorderCart`), once its chunk is here; a failed
 * fetch of the chunk becomes the cart's error, whose "Try again" loads the remembered cart.
 */
export async function reorderCart(
  session: CartSession,
  adapter: CheckoutAdapter,
  token: string,
): Promise<Cart | null> {
  await buyAgainModule.load()
  const module = buyAgainModule.value.peek()
  if (!module) throw buyAgainModule.error.peek()
  return module.reorderCart(session, adapter, token)
}

/** What the link could not add (the chunk's `ReorderNotice`); nothing on other pages. */
export function ReorderNoticeSlot({ session }: { session: CartSession }) {
  const module = buyAgainModule.value.value
  return module ? h(module.ReorderNotice, { session }) : null
}
