import type { Cart, Product } from '@weship/checkout-core'

// The engine knows paths; only the request knows which origin (127.0.0.1, localhost, …) the page
// used, and a CSP `img-src` for that origin must match the image URLs exactly.

export function cartWithImagesFrom(origin: string, cart: Cart): Cart {
  return {
    ...cart,
    items: cart.items.map((item) =>
      item.imageUrl === undefined ? item : { ...item, imageUrl: absolute(item.imageUrl, origin) },
    ),
  }
}

export function productsWithImagesFrom(origin: string, products: Product[]): Product[] {
  return products.map((product) => ({ ...product, imageUrl: absolute(product.imageUrl, origin) }))
}

function absolute(url: string, origin: string): string {
  // The engine's own paths are root-relative; joining them skips a URL parse per line per read.
  if (url.startsWith('/') && !url.startsWith('//')) return `${origin}${url}`
  return new URL(url, origin).href
}
