import type { Signal } from '@preact/signals'
import type { CartSession, LineItem } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { ErrorState } from '../../components/error-state.js'
import { useTranslator } from '../../components/translator-context.js'
import { ReorderNoticeSlot } from './buy-again-module.js'
import { CartLine } from './cart-line.js'
import { ExpiredCart } from './expired-cart.js'
import { UndoRemove } from './undo-remove.js'
import { useCartChange } from './use-cart-change.js'

/**
 * The line removed last, kept by the element so the empty cart can still undo it: `restoring`
 * while Undo adds it back, `restored` until its line has taken focus again.
 */
export interface RemovedLine {
  sku: string
  name: string
  quantity: number
  state: 'removed' | 'restoring' | 'restored'
}

interface CartReviewProps {
  session: CartSession
  removed: Signal<RemovedLine | null>
  /** Offered when a change finds the cart gone (expired, or ordered elsewhere). */
  onStartOver(): void
}

/**
 * The cart as the checkout's first step: quantities within stock, remove with undo (a slip of
 * the finger must cost nothing), and the way on to checkout.
 */
export function CartReview({ session, removed, onStartOver }: CartReviewProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const { failed, change } = useCartChange(() => session.error.peek())
  const cart = checkout.cart.value
  if (!cart) return null
  const remove = (item: LineItem) => {
    removed.value = { sku: item.sku, name: item.name, quantity: item.quantity, state: 'removed' }
    change(() => session.removeItem(item.id))
  }
  const restored = removed.value?.state === 'restored' ? removed.value.sku : null
  return (
    <>
      <ExpiredCart session={session} />
      <ReorderNoticeSlot session={session} />
      <p part="item-count" class="item-count">
        {t('cart.itemCount', { count: cart.itemCount })}
      </p>
      <ul part="line-items" class="line-items" aria-label={t('cart.items')}>
        {cart.items.map((item) => (
          <CartLine
            key={item.id}
            item={item}
            onQuantity={(quantity) => change(() => session.updateQuantity(item.id, quantity))}
            onRemove={() => remove(item)}
            {...(item.sku === restored ? { onRestored: () => (removed.value = null) } : {})}
          />
        ))}
      </ul>
      {failed && (
        <ErrorState error={failed.error} onRetry={failed.again} onStartOver={onStartOver} />
      )}
      <UndoRemove session={session} removed={removed} />
      <button
        part="button continue-button"
        class="button button-block"
        type="button"
        onClick={() => checkout.next()}
      >
        {t('cart.checkout')}
      </button>
    </>
  )
}
