import type {} from '@weship/checkout/jsx-react'
import { connection } from 'next/server'
import { Bag } from './bag'

const products = [
  { sku: 'MERINO-CREW-NAVY-M', name: 'Merino Crew Sweater', price: '€89.00' },
  { sku: 'STONEWARE-MUG-SPECKLED', name: 'Stoneware Mug', price: '€22.00' },
]

// A server component: the elements' tags and string attributes are in the HTML Next sends;
// they come alive once bag.tsx defines them in the browser.
export default async function StorePage() {
  // Rendered per request, so WESHIP_API is read when the server runs, not when it was built.
  await connection()
  const api = process.env.WESHIP_API ?? 'http://127.0.0.1:4010'
  return (
    <>
      <header>
        <strong>Northwind Supply</strong>
        <weship-cart-button api={api} />
      </header>
      <main>
        <ul>
          {products.map((product) => (
            <li key={product.sku}>
              <h2>{product.name}</h2>
              <p>{product.price}</p>
              <weship-add-to-cart api={api} sku={product.sku} />
            </li>
          ))}
        </ul>
        <Bag api={api} />
      </main>
    </>
  )
}
