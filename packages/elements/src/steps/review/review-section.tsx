import { type CheckoutStep, isPaymentInFlight } from '@weship/checkout-core'
import type { ComponentChildren } from 'preact'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'

// Literal part names, so the element's documented parts can be checked against the code.
const sectionParts = {
  contact: { part: 'review-section review-contact' },
  shipping: { part: 'review-section review-shipping' },
  payment: { part: 'review-section review-payment' },
}

interface ReviewSectionProps {
  /** Also names the part, e.g. `review-contact`. */
  id: 'contact' | 'shipping' | 'payment'
  title: string
  /** The step "Edit" goes back to. */
  step: CheckoutStep
  children: ComponentChildren
}

/** One reviewed section with "Edit", which goes back to the step that owns it. */
export function ReviewSection({ id, title, step, children }: ReviewSectionProps) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const placing = isPaymentInFlight(checkout.paymentStatus.value)
  const titleId = `review-${id}-title`
  return (
    <section {...sectionParts[id]} class="review-section" aria-labelledby={titleId}>
      <div class="review-section-head">
        <h3 id={titleId} class="subheading">
          {title}
        </h3>
        <button
          part="button edit-button"
          class="link-button"
          type="button"
          aria-label={t('review.editLabel', { section: title })}
          aria-disabled={placing}
          onClick={() => {
            if (!placing) checkout.goTo(step)
          }}
        >
          {t('review.edit')}
        </button>
      </div>
      <div class="review-section-body">{children}</div>
    </section>
  )
}
