import type { LineItem } from '@weship/checkout-core'
import { MoneyText } from '../../components/money-text.js'
import { useTranslator } from '../../components/translator-context.js'

/** One line of the cart: picture, name, chosen options, quantity and line price. */
export function CartLine({ item }: { item: LineItem }) {
  const { t } = useTranslator()
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
        <p part="line-item-quantity" class="line-item-quantity">
          {t('cart.quantity', { quantity: item.quantity })}
        </p>
      </div>
      <p part="line-item-total" class="line-item-total">
        <MoneyText value={item.total} />
      </p>
    </li>
  )
}
