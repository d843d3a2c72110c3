import type { FaultyAdapter } from '@weship/checkout-core/testing'
import type { CommerceEngine } from '@weship/mock-server'
import { clearCartSessions } from '../state/cart-registry.js'
import { shadow } from './dom.js'
import { fakeCardProvider, fakeFrameWindows, testCard } from './payment-harness.js'
import { shopperAt } from './shopper.js'

// A product page with the checkout below it, in happy-dom, over an adapter a test can break:
// an add-to-cart button, the checkout with a stand-in card provider (a 3-D Secure test card),
// and the bank's frame played by the test.

const SKU = 'COTTON-TEE-WHITE-M'

export function openShopPage(engine: CommerceEngine, faulty: FaultyAdapter) {
  frames = fakeFrameWindows()
  const card = fakeCardProvider(engine)
  card.useCard(testCard.challenges)
  const provider = card.providers.get('card')
  if (!provider) throw new Error('no card provider')
  const mount = () => {
    const add = document.createElement('weship-add-to-cart')
    add.adapter = faulty.adapter
    add.setAttribute('sku', SKU)
    add.setAttribute('locale', 'en-DE')
    const checkout = document.createElement('weship-checkout')
    checkout.adapter = faulty.adapter
    checkout.paymentProviders = [provider]
    checkout.setAttribute('locale', 'en-DE')
    document.body.append(add, checkout)
    return { add, addView: shadow(add), checkout, shopper: shopperAt(checkout) }
  }
  let current = mount()
  return {
    get current() {
      return current
    },
    /** A reload: new elements and sessions, the same storage (the remembered cart and draft). */
    reload() {
      document.body.replaceChildren()
      clearCartSessions()
      current = mount()
    },
  }
}

export type ShopPage = ReturnType<typeof openShopPage>

/** The bank's page in the challenge dialog: its origin and the action it answers. */
export function challengeOn(page: ShopPage) {
  const frame = page.current.checkout.shadowRoot?.querySelector('dialog[open] iframe')
  if (!(frame instanceof HTMLIFrameElement) || !frame.src) return null
  const url = new URL(frame.src)
  return { origin: url.origin, actionId: decodeURIComponent(url.pathname.split('/').at(-1) ?? '') }
}

let frames: ReturnType<typeof fakeFrameWindows> | undefined
export function bankSays({ origin, actionId }: { origin: string; actionId: string }) {
  frames?.post({ type: 'weship:3ds-complete', actionId }, origin)
}
