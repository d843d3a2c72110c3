import { formatMoney, type LineItem } from '@weship/checkout-core'
import { MoneyText } from '../../components/money-text.js'
import { useTranslator } from '../../components/translator-context.js'
import { LineQuantity } from './line-quantity.js'

interface CartLineProps {
  item: LineItem
  /** Present when the shopper may change the line (the cart step of the checkout). */
  onQuantity?: (quantity: number) => void
  onRemove?: () => void
  /** Present when Undo just brought the line back: its Remove takes focus, then this is called. */
  onRestored?: () => void
}

/** One line of the cart: picture, name, chosen options, quantity and line price. */
export function CartLine({ item, onQuantity, onRemove, onRestored }: CartLineProps) {
  const { t, locale } = useTranslator()
  const options = Object.values(item.options).join(' · ')
  return (
    <li part="line-item" class="line-item">
      {item.imageUrl ? (
        <img
          part="line-item-image"
          class="line-item-image"
          src={item.imageUrl}
          alt={item.name}
          width={64}
          height={64}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <span class="line-item-image" />
      )}
      <div>
        <p part="line-item-name" class="line-item-name">
          {item.name}
        </p>
        {options && (
          <p part="line-item-options" class="line-item-options">
            {options}
          </p>
        )}
        {item.quantity > 1 && (
          <p part="line-item-unit-price" class="line-item-options">
            {t('cartStep.unitPrice', { price: formatMoney(item.unitPrice, locale) })}
          </p>
        )}
        {onQuantity && onRemove ? (
          <LineQuantity
            item={item}
            onQuantity={onQuantity}
            onRemove={onRemove}
            onRestored={onRestored}
          />
        ) : (
          <p part="line-item-quantity" class="line-item-quantity">
            {t('cart.quantity', { quantity: item.quantity })}
          </p>
        )}
      </div>
      <p part="line-item-total" class="line-item-total">
        <MoneyText value={item.total} />
      </p>
    </li>
  )
}
