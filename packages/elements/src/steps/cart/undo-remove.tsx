import type { Signal } from '@preact/signals'
import type { CartSession } from '@weship/checkout-core'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { useTranslator } from '../../components/translator-context.js'
import { isolated } from '../../i18n/isolated.js'
import type { RemovedLine } from './cart-review.js'

// Removals whose Undo took focus already: a re-render must not pull focus back to it.
const focused = new WeakSet<RemovedLine>()

/**
 * "Removed Mug. Undo" — a live region, so screen readers hear what the click did. Focus moves to
 * Undo as the line goes (with the mouse as with the keyboard, so it never drops to the page), and
 * stays on it until Undo has brought the line back; the line's Remove then takes it.
 */
export function UndoRemove({
  session,
  removed,
}: {
  session: CartSession
  removed: Signal<RemovedLine | null>
}) {
  const { t } = useTranslator()
  const button = useRef<HTMLButtonElement>(null)
  const mounted = useRef(false)
  const line = removed.value
  const shown = line && line.state !== 'restored' ? line : null
  useLayoutEffect(() => {
    const undo = button.current
    // Once per removal; again only when this Undo replaces one whose view went (focus with it).
    const arrived = !mounted.current
    mounted.current = true
    if (!shown || !undo || (focused.has(shown) && !(arrived && focusLost(undo)))) return
    focused.add(shown)
    undo.focus()
  })
  const restoring = shown?.state === 'restoring'
  return (
    <div part="undo" class="undo" role="status">
      {shown && (
        <>
          {isolated(t, 'cart.removed', { name: shown.name })}{' '}
          <button
            ref={button}
            part="button undo-button"
            class="link-button"
            type="button"
            aria-disabled={restoring ? 'true' : undefined}
            onClick={() => {
              if (restoring) return
              const restore = { ...shown, state: 'restoring' as const }
              focused.add(restore)
              removed.value = restore
              void session.addItem(shown.sku, shown.quantity).then((cart) => {
                if (removed.peek() !== restore) return
                removed.value = { ...shown, state: cart ? 'restored' : 'removed' }
              })
            }}
          >
            {t('cart.undo')}
          </button>
        </>
      )}
    </div>
  )
}

/** Focus went nowhere: its element was removed (the cart emptied and the view changed). */
function focusLost(inside: Element): boolean {
  const root = inside.getRootNode() as Document | ShadowRoot
  const active = document.activeElement
  const host = root instanceof ShadowRoot ? root.host : null
  return !active || active === document.body || (active === host && !root.activeElement)
}
