import type {} from '@weship/checkout/jsx-react'
import { useState } from 'react'

const products = [
  { sku: 'MERINO-CREW-NAVY-M', name: 'Merino Crew Sweater', price: '€89.00' },
  { sku: 'STONEWARE-MUG-SPECKLED', name: 'Stoneware Mug', price: '€22.00' },
]

export function App() {
  const [itemCount, setItemCount] = useState(0)
  const [orderNumber, setOrderNumber] = useState<string>()
  return (
    <>
      <header>
        <strong>Northwind Supply</strong>
        <weship-cart-button />
      </header>
      <main>
        <ul>
          {products.map((product) => (
            <li key={product.sku}>
              <h2>{product.name}</h2>
              <p>{product.price}</p>
              <weship-add-to-cart sku={product.sku} />
            </li>
          ))}
        </ul>
        {/* The events' `detail` is typed: no cast, no `any`. */}
        <p id="bag-status" role="status">
          {orderNumber ? `Order ${orderNumber} placed` : `${itemCount} in your bag`}
        </p>
        <weship-checkout
          currency="EUR"
          onweship-cart-change={(event) => setItemCount(event.detail.cart?.itemCount ?? 0)}
          onweship-order-placed={(event) => setOrderNumber(event.detail.order.number)}
        />
      </main>
    </>
  )
}
