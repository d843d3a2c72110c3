import { CheckoutError } from '@weship/checkout-core'
import type { MountedPayment, PaymentProvider } from './payment-provider.js'

type ProviderShape = Pick<PaymentProvider, 'type' | 'name' | 'mountTarget'> & {
  /** False for a provider with no actions of its own: the widget then frames them itself. */
  readonly handlesActions?: boolean
}

/**
 * A provider whose code is fetched on its first mount or action (a chunk of its own in the ES
 * module build), so pages whose shop never lists its methods never load it. Until the code is
 * here, a tokenize waits for it and the latest update is kept for it.
 */
export function lazyPaymentProvider(
  { handlesActions = true, ...shape }: ProviderShape,
  load: () => Promise<PaymentProvider>,
): PaymentProvider {
  let loading: Promise<PaymentProvider> | undefined
  const provider = () => {
    // A failed fetch (offline, a CDN hiccup) is tried again on the next use.
    loading ??= load().catch((cause: unknown) => {
      loading = undefined
      throw new CheckoutError('NETWORK', 'The payment provider could not be fetched.', {
        reason: 'unreachable',
        cause,
      })
    })
    return loading
  }
  const lazy: PaymentProvider = {
    ...shape,
    mount(container, context): MountedPayment {
      let destroyed = false
      let latest: Parameters<NonNullable<MountedPayment['update']>>[0] | undefined
      let mounted: MountedPayment | undefined
      const ready = provider().then((loaded) => {
        if (destroyed) throw new CheckoutError('CANCELLED', 'The payment fields were closed.')
        mounted = loaded.mount(container, context)
        if (latest) mounted.update?.(latest)
        return mounted
      })
      // Reported by the tokenize that needs the fields, not as an unhandled rejection.
      ready.catch(() => {})
      return {
        tokenize: async (request) => (await ready).tokenize(request),
        update(change) {
          latest = change
          mounted?.update?.(change)
        },
        destroy() {
          destroyed = true
          mounted?.destroy()
        },
      }
    },
  }
  if (!handlesActions) return lazy
  return {
    ...lazy,
    async handleAction(action, context) {
      const loaded = await provider()
      return loaded.handleAction ? loaded.handleAction(action, context) : 'completed'
    },
  }
}
