import type { Signal } from '@preact/signals'
import type { CartSession } from '@weship/checkout-core'
import { ContinueShopping } from '../../components/continue-shopping.js'
import { ErrorState } from '../../components/error-state.js'
import { useTranslator } from '../../components/translator-context.js'
import { ReorderNoticeSlot } from './buy-again-module.js'
import { CartLine } from './cart-line.js'
import { CartLoading } from './cart-loading.js'
import type { RemovedLine } from './cart-review.js'
import { CartSummary } from './cart-summary.js'
import type { CartViewState } from './cart-view-state.js'
import { ExpiredCart } from './expired-cart.js'
import { UndoRemove } from './undo-remove.js'

export interface CartStepProps {
  state: CartViewState
  onRetry(): void
  onStartOver(): void
  /** With these, an emptied cart still offers to undo the last removal. */
  session?: CartSession | null
  removed?: Signal<RemovedLine | null>
}

/** The cart as the shopper sees it: loading, failed, empty, or its lines and totals. */
export function CartStep({ state, onRetry, onStartOver, session, removed }: CartStepProps) {
  const { t } = useTranslator()
  if (state.kind === 'loading') return <CartLoading />
  return (
    <>
      <h2 part="title" class="title" id="title" tabIndex={-1}>
        {t('cart.title')}
      </h2>
      {state.kind === 'error' && (
        <ErrorState error={state.error} onRetry={onRetry} onStartOver={onStartOver} />
      )}
      {state.kind === 'empty' && (
        <>
          {session && <ReorderNoticeSlot session={session} />}
          <p part="empty" class="empty">
            {t('cart.empty')}
          </p>
          {session && <ExpiredCart session={session} />}
          <ContinueShopping />
          {session && removed && <UndoRemove session={session} removed={removed} />}
        </>
      )}
      {state.kind === 'cart' && (
        <>
          {session && <ReorderNoticeSlot session={session} />}
          <p part="item-count" class="item-count">
            {t('cart.itemCount', { count: state.cart.itemCount })}
          </p>
          <ul part="line-items" class="line-items" aria-label={t('cart.items')}>
            {state.cart.items.map((item) => (
              <CartLine key={item.id} item={item} />
            ))}
          </ul>
          <CartSummary cart={state.cart} />
        </>
      )}
    </>
  )
}
