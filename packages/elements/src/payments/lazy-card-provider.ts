import type { CardProviderOptions } from './card-provider.js'
import { lazyPaymentProvider } from './lazy-payment-provider.js'
import type { PaymentProvider } from './payment-provider.js'

/**
 * The card fields (`card-provider.ts`) with their code in a chunk of its own, fetched when the
 * payment step first mounts them: a page showing the cart does not wait for it. The bank's
 * check is framed by the widget itself, so this provider runs no actions.
 */
export function lazyCardProvider(options: CardProviderOptions = {}): PaymentProvider {
  return lazyPaymentProvider({ type: 'card', mountTarget: 'shadow', handlesActions: false }, () =>
    import('./card-provider.js').then((module) => module.createCardProvider(options)),
  )
}
