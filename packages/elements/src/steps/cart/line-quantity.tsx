import type { LineItem } from '@weship/checkout-core'
import { MAX_LINE_QUANTITY } from '@weship/checkout-core'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { useTranslator } from '../../components/translator-context.js'

interface LineQuantityProps {
  item: LineItem
  onQuantity(quantity: number): void
  onRemove(): void
  /** The line is back from Undo: Remove, where the shopper was, takes focus. */
  onRestored?: (() => void) | undefined
}

/** − quantity + and Remove; the most is what is in stock, the least is one (then Remove). */
export function LineQuantity({ item, onQuantity, onRemove, onRestored }: LineQuantityProps) {
  const { t } = useTranslator()
  const remove = useRef<HTMLButtonElement>(null)
  useLayoutEffect(() => {
    if (!onRestored) return
    remove.current?.focus()
    onRestored()
  }, [onRestored])
  const most = Math.min(item.maxQuantity ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY)
  const atMost = item.quantity >= most
  return (
    <div part="line-item-controls" class="line-controls">
      <fieldset class="stepper">
        <legend class="visually-hidden">{t('cart.quantityOf', { name: item.name })}</legend>
        <button
          part="button decrease-button"
          class="stepper-button"
          type="button"
          aria-label={t('cart.decrease', { name: item.name })}
          aria-disabled={item.quantity <= 1}
          onClick={() => item.quantity > 1 && onQuantity(item.quantity - 1)}
        >
          −
        </button>
        <output part="line-item-quantity" class="stepper-value" aria-live="polite">
          {item.quantity}
        </output>
        <button
          part="button increase-button"
          class="stepper-button"
          type="button"
          aria-label={t('cart.increase', { name: item.name })}
          aria-disabled={atMost}
          onClick={() => !atMost && onQuantity(item.quantity + 1)}
        >
          +
        </button>
      </fieldset>
      {atMost && item.maxQuantity !== undefined && (
        <p class="hint">{t('cart.stockLimit', { count: most })}</p>
      )}
      <button
        ref={remove}
        part="button remove-button"
        class="link-button"
        type="button"
        aria-label={t('cart.removeItem', { name: item.name })}
        onClick={onRemove}
      >
        {t('cart.remove')}
      </button>
    </div>
  )
}
