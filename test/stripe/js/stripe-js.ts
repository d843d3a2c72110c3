import type {
  Appearance,
  ConfirmationTokenResult,
  PaymentIntentOrSetupIntentResult,
  Stripe,
  StripeConstructorOptions,
  StripeError,
} from '@stripe/stripe-js'
import { handleNextAction } from './next-action.js'

// The stand-in for Stripe.js in the shop's page: the calls the widget makes, as Stripe.js
// documents them (https://docs.stripe.com/js). The Payment Element is an iframe from the
// stand-in's own origin, so card data stays out of the shop's page as it does with Stripe.

const origin = new URL(import.meta.url).origin
const prefix = 'stripe-stand-in:'

interface ElementOptions {
  appearance?: Appearance
  locale?: string
  amount?: number
  currency?: string
}

type Pending = (data: Record<string, unknown>) => void

/** `Stripe(publishableKey, { stripeAccount })`: https://docs.stripe.com/js/initializing */
export function createStripeStandIn(
  publishableKey: string,
  constructorOptions: StripeConstructorOptions = {},
): Stripe {
  const account = constructorOptions.stripeAccount
  const log: Array<{ call: string; options?: unknown }> = []

  function elements(initial: ElementOptions & { mode?: string }) {
    log.push({ call: 'elements', options: initial })
    let options: ElementOptions = { ...initial }
    let frame: HTMLIFrameElement | null = null
    let ready: Promise<void> = new Promise(() => {})
    const pending = new Map<string, Pending>()
    let next = 0

    const send = (type: string, data: Record<string, unknown> = {}) =>
      frame?.contentWindow?.postMessage({ type: prefix + type, ...data }, origin)
    const ask = async (type: string, data: Record<string, unknown> = {}) => {
      await ready
      const id = String(++next)
      return new Promise<Record<string, unknown>>((resolve) => {
        pending.set(id, resolve)
        send(type, { id, ...data })
      })
    }

    const element = {
      /** https://docs.stripe.com/js/element/mount */
      mount(target: HTMLElement | string) {
        const container = typeof target === 'string' ? document.querySelector(target) : target
        if (!container) throw new Error('The stand-in Payment Element has no container.')
        frame = document.createElement('iframe')
        frame.title = 'Secure payment input frame'
        frame.src = `${origin}/frames/payment-element.html?parent=${encodeURIComponent(location.origin)}`
        frame.style.border = '0'
        frame.style.width = '100%'
        frame.style.height = '180px'
        container.append(frame)
        ready = new Promise((resolve) => {
          const onMessage = (event: MessageEvent) => {
            if (event.origin !== origin || event.source !== frame?.contentWindow) return
            const data = event.data as Record<string, unknown>
            const type = String(data.type ?? '').slice(prefix.length)
            if (type === 'ready') {
              send('options', { options })
              resolve()
            } else if (type === 'resize' && frame) frame.style.height = `${Number(data.height)}px`
            else if (typeof data.id === 'string') {
              pending.get(data.id)?.(data)
              pending.delete(data.id)
            }
          }
          window.addEventListener('message', onMessage)
        })
      },
      destroy() {
        frame?.remove()
        frame = null
      },
      unmount() {
        frame?.remove()
      },
      on() {
        return element
      },
    }

    return {
      create(type: string, elementOptions: unknown) {
        log.push({ call: `create ${type}`, options: elementOptions })
        return element
      },
      /** https://docs.stripe.com/js/elements_object/update */
      update(change: ElementOptions) {
        log.push({ call: 'update', options: change })
        options = { ...options, ...change }
        void ready.then(() => send('options', { options }))
      },
      /** https://docs.stripe.com/js/elements/submit: validates, the errors shown in the Element. */
      async submit(): Promise<{ error?: StripeError }> {
        const answer = await ask('submit')
        return answer.error ? { error: answer.error as StripeError } : {}
      },
      createToken: ask,
      publishableKey,
      account,
    }
  }

  const stripe = {
    elements,
    /** https://docs.stripe.com/js/confirmation_tokens/create_confirmation_token */
    async createConfirmationToken(request: {
      elements: ReturnType<typeof elements>
      params?: { payment_method_data?: { billing_details?: unknown } }
    }): Promise<ConfirmationTokenResult> {
      log.push({ call: 'createConfirmationToken', options: request.params })
      const answer = await request.elements.createToken('create-token', {
        publishableKey,
        account,
        billingDetails: request.params?.payment_method_data?.billing_details ?? {},
      })
      return answer.error
        ? { error: answer.error as StripeError }
        : ({ confirmationToken: answer.confirmationToken } as ConfirmationTokenResult)
    },
    /** https://docs.stripe.com/js/payment_intents/handle_next_action */
    handleNextAction(options: { clientSecret: string }): Promise<PaymentIntentOrSetupIntentResult> {
      log.push({ call: 'handleNextAction' })
      return handleNextAction(origin, publishableKey, account, options.clientSecret)
    },
    /** What the widget asked of Stripe.js, for tests. */
    standInLog: log,
  }
  return stripe as unknown as Stripe
}
