import type { PaymentMethod } from '@weship/checkout-core'
import { useEffect, useRef } from 'preact/hooks'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'
import { backdropColor } from '../../payments/backdrop-color.js'
import type { MountedPayment, PaymentProvider } from '../../payments/payment-provider.js'

interface PaymentFieldsProps {
  method: PaymentMethod
  provider: PaymentProvider
  /** Receives the mounted fields (null once they are gone), so "Continue" can tokenize. */
  onMount(mounted: MountedPayment | null): void
  /** The fields changed: `complete` once they hold a whole, valid card. */
  onChange?: (change: { complete: boolean }) => void
  /** Prefills the name on the card. */
  cardholderName?: string | undefined
}

/**
 * Where a provider mounts its fields. Preact renders no children into the container, so it never
 * touches the provider's frame; a `light` provider gets a light-DOM container behind a `<slot>`.
 */
export function PaymentFields(props: PaymentFieldsProps) {
  const { method, provider, onMount, cardholderName } = props
  const { t, locale } = useTranslator()
  const checkout = useCheckout()
  const anchor = useRef<HTMLDivElement>(null)
  const mounted = useRef<{ fields: MountedPayment; shows: string } | null>(null)
  const light = provider.mountTarget === 'light'
  const title = t('payment.cardFieldsTitle')
  const amount = checkout.cart.value?.amountDue
  const latest = useRef(props)
  latest.current = props
  // Keyed on the method only: a new title or locale must not remount the frame and lose the card.
  useEffect(() => {
    const host = anchor.current
    if (!host || !amount) return
    const container = light ? lightContainer(host) : host
    // Through a ref: the mount outlives renders, the step's handler does not.
    const onChange = (change: { complete: boolean }) => latest.current.onChange?.(change)
    const background = backdropColor(host)
    const context = { method, locale, title, amount, cardholderName, onChange, background }
    const fields = provider.mount(container, context)
    mounted.current = { fields, shows: `${amount.amount} ${amount.currency} ${locale}` }
    onMount(fields)
    return () => {
      mounted.current = null
      onMount(null)
      fields.destroy()
      if (container !== host) container.remove()
    }
  }, [provider, method.id, method.hostedFieldsUrl, !amount])
  // A code, a gift card or another delivery option changes what is due: the fields follow it.
  useEffect(() => {
    const current = mounted.current
    if (!current || !amount) return
    const shows = `${amount.amount} ${amount.currency} ${locale}`
    if (shows === current.shows) return
    current.shows = shows
    current.fields.update?.({ amount, locale })
  }, [amount?.amount, amount?.currency, locale])
  return (
    <div part="payment-fields" class="payment-fields">
      <div ref={anchor} class="payment-frame-host" />
      {light && <slot name="payment-fields" />}
    </div>
  )
}

/** A light-DOM child of the widget's host, projected into the step through the named slot. */
function lightContainer(anchor: HTMLElement): HTMLElement {
  const root = anchor.getRootNode()
  if (!(root instanceof ShadowRoot)) return anchor
  const container = document.createElement('div')
  container.slot = 'payment-fields'
  root.host.append(container)
  return container
}
