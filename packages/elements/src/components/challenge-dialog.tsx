import type { PaymentAction } from '@weship/checkout-core'
import { useEffect, useRef } from 'preact/hooks'
import { backdropColor } from '../payments/backdrop-color.js'
import { framedPageUrl, readFrameMessage } from '../payments/frame-messages.js'
import { useTranslator } from './translator-context.js'

/** An action whose page the widget frames itself (the payment origin's 3-D Secure page). */
export type FramedPaymentAction = Extract<PaymentAction, { type: 'three_d_secure' }>

interface ChallengeDialogProps {
  action: FramedPaymentAction
  /** The bank's page said the shopper answered; the server decides pass or fail. */
  onComplete(): void
  /** Esc or "Cancel payment". */
  onCancel(): void
}

/** The 3-D Secure page in a modal dialog: labelled, focus inside, Esc cancels (in the frame too). */
export function ChallengeDialog({ action, onComplete, onCancel }: ChallengeDialogProps) {
  const { t, locale } = useTranslator()
  const dialog = useRef<HTMLDialogElement>(null)
  const frame = useRef<HTMLIFrameElement>(null)
  const origin = new URL(action.url).origin
  const callbacks = useRef({ onComplete, onCancel })
  callbacks.current = { onComplete, onCancel }

  useEffect(() => {
    const element = dialog.current
    const root = element?.getRootNode() as Document | ShadowRoot | undefined
    // The pay button: the dialog is removed rather than closed, so the browser cannot restore it.
    const opener = root?.activeElement
    // The bank's page speaks the widget's language in its colours, as the card fields do; its
    // URL is made here, where the frame can tell which theme it sits in.
    const shown = frame.current
    if (shown && !shown.src) {
      shown.src = framedPageUrl(action.url, shown, locale, backdropColor(shown)).href
    }
    if (element && !element.open) element.showModal()
    return () => {
      element?.close()
      const focused = root?.activeElement
      const page = document.activeElement
      const lost = !page || page === document.body || (focused && element?.contains(focused))
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const shown = frame.current
      const message = shown ? readFrameMessage(event, origin, shown) : null
      if (!shown || !message) return
      if (message.type === 'weship:resize') shown.style.height = `${message.height}px`
      if (message.type === 'weship:3ds-complete' && message.actionId === action.id) {
        callbacks.current.onComplete()
      }
      // Escape in the bank's frame never reaches this dialog's own cancel: the page tells us.
      if (message.type === 'weship:escape') callbacks.current.onCancel()
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [action.id, origin])

  return (
    <dialog
      part="challenge-dialog"
      class="challenge-dialog"
      ref={dialog}
      aria-labelledby="challenge-title"
      onCancel={(event) => {
        // Esc: the model decides whether the attempt may end (not while completing).
        event.preventDefault()
        callbacks.current.onCancel()
      }}
    >
      <h3 id="challenge-title" class="subheading">
        {t('review.challengeTitle')}
      </h3>
      <iframe
        part="challenge-frame"
        class="challenge-frame"
        ref={frame}
        title={t('review.challengeFrame')}
      />
      <button
        part="button cancel-challenge-button"
        class="button button-secondary"
        type="button"
        onClick={() => callbacks.current.onCancel()}
      >
        {t('review.challengeCancel')}
      </button>
    </dialog>
  )
}
