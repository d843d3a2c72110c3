import type { Cart, Order, Product } from '@weship/checkout-core'
import { CheckoutError } from '@weship/checkout-core'

/** Where the API is reached from outside when nobody says: the documented listen address. */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:4010'

/**
 * Absolute image URLs on the API's configured public URL. Never on the request's `Host`: a
 * forged one would put the attacker's host into answers that caches and pages trust.
 */
export interface PublicImages {
  cart(cart: Cart): Cart
  products(products: Product[]): Product[]
  order(order: Order): Order
}

export function publicImages(publicUrl: string = DEFAULT_PUBLIC_URL): PublicImages {
  const base = parsePublicUrl(publicUrl)
  // The engine's own paths are root-relative; joining them skips a URL parse per line per read.
  const absolute = (url: string) =>
    url.startsWith('/') && !url.startsWith('//') ? `${base}${url}` : new URL(url, `${base}/`).href
  const items = <T extends { imageUrl?: string | undefined }>(list: T[]) =>
    list.map((item) =>
      item.imageUrl === undefined ? item : { ...item, imageUrl: absolute(item.imageUrl) },
    )
  return {
    cart: (cart) => ({ ...cart, items: items(cart.items) }),
    products: (products) =>
      products.map((product) => ({ ...product, imageUrl: absolute(product.imageUrl) })),
    order: (order) => ({
      ...order,
      receipt: { ...order.receipt, items: items(order.receipt.items) },
    }),
  }
}

/** `https://shop.example/api/` → `https://shop.example/api`; refuses anything but http(s). */
export function parsePublicUrl(value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new CheckoutError('CONFIG', `"${value}" is not an http(s) URL for the API.`, {
      reason: 'invalid_public_url',
    })
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
