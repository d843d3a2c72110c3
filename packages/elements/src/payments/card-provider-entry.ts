import { CheckoutError } from '@weship/checkout-core'
import { checkoutPage } from '../state/checkout-page-module.js'
import type { CardProviderOptions } from './card-provider.js'
import type { PaymentProvider } from './payment-provider.js'

/**
 * Card fields in an iframe from the payment origin (`card-provider.ts`), as the package exports
 * them. Only `<weship-checkout>` mounts a provider, once its chunk is here; the fields' code is
 * fetched from there when the payment step first shows them, so a product page does not
 * download it, nor a page showing the cart.
 */
export function createCardProvider(options: CardProviderOptions = {}): PaymentProvider {
  let provider: PaymentProvider | undefined
  return {
    type: 'card',
    mountTarget: 'shadow',
    mount(container, context) {
      const page = checkoutPage.value.peek()
      if (!page) throw new CheckoutError('CONFIG', 'Card fields mount in <weship-checkout> only.')
      provider ??= page.createCardProvider(options)
      return provider.mount(container, context)
    },
  }
}
