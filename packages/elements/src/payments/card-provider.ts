import { CheckoutError } from '@weship/checkout-core'
import { framedPageUrl, readFrameMessage } from './frame-messages.js'
import type { MountedPayment, PaymentProvider, PaymentToken } from './payment-provider.js'

export interface CardProviderOptions {
  /** How long a tokenize may take, frame loading included. */
  timeoutMs?: number
}

interface Pending {
  resolve(token: PaymentToken): void
  reject(error: CheckoutError): void
}

/**
 * Card fields in an iframe from the payment origin (`method.hostedFieldsUrl`). The frame shows
 * its own field errors; the widget only ever receives a token, the brand and the last four.
 */
export function createCardProvider(options: CardProviderOptions = {}): PaymentProvider {
  const timeoutMs = options.timeoutMs ?? 20_000
  return {
    type: 'card',
    mountTarget: 'shadow',
    mount(
      container,
      { method, title, locale, cardholderName, onChange, background },
    ): MountedPayment {
      if (!method.hostedFieldsUrl) {
        throw new CheckoutError('CONFIG', `Payment method "${method.id}" has no hostedFieldsUrl.`)
      }
      // The fields speak the widget's language (English if the page cannot) in its colours.
      const url = framedPageUrl(method.hostedFieldsUrl, container, locale, background)
      const frame = document.createElement('iframe')
      frame.src = url.href
      frame.title = title
      frame.className = 'payment-frame'
      frame.setAttribute('part', 'payment-frame')
      container.append(frame)

      let ready = false
      let wanted = false
      let pending: Pending | null = null
      let promise: Promise<PaymentToken> | null = null
      let timer: ReturnType<typeof setTimeout> | undefined

      const post = (message: object) => frame.contentWindow?.postMessage(message, url.origin)
      const ask = () => post({ type: 'weship:tokenize' })
      const finish = (settle: (entry: Pending) => void) => {
        const entry = pending
        clearTimeout(timer)
        pending = null
        promise = null
        wanted = false
        if (entry) settle(entry)
      }

      const onMessage = (event: MessageEvent) => {
        const message = readFrameMessage(event, url.origin, frame)
        if (!message) return
        if (message.type === 'weship:ready') {
          ready = true
          // Only the name: the shopper typed it already, and may change it in the frame.
          if (cardholderName) post({ type: 'weship:prefill', name: cardholderName })
          if (wanted) ask()
        } else if (message.type === 'weship:change') {
          onChange?.(message)
        } else if (message.type === 'weship:resize') {
          // CSSOM, not a style attribute in markup: allowed under a strict style-src.
          frame.style.height = `${message.height}px`
        } else if (message.type === 'weship:token') {
          const { token, brand, last4 } = message
          finish((entry) => entry.resolve({ token, brand, last4 }))
        } else if (message.type === 'weship:token-error') {
          const refused = new CheckoutError('VALIDATION', 'Check the card details.', {
            reason: 'card_details_invalid',
          })
          finish((entry) => entry.reject(refused))
        }
      }
      window.addEventListener('message', onMessage)

      return {
        tokenize() {
          // One request at a time: a second press waits for the first answer.
          promise ??= new Promise<PaymentToken>((resolve, reject) => {
            pending = { resolve, reject }
            wanted = true
            if (ready) ask()
            timer = setTimeout(() => {
              const late = new CheckoutError('NETWORK', 'The card fields did not answer.', {
                reason: 'timeout',
              })
              finish((entry) => entry.reject(late))
            }, timeoutMs)
          })
          return promise
        },
        destroy() {
          window.removeEventListener('message', onMessage)
          const gone = new CheckoutError('CANCELLED', 'The card fields were closed.')
          finish((entry) => entry.reject(gone))
          frame.remove()
        },
      }
    },
  }
}
