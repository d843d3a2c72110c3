import type { OrderStatusModel } from '@weship/checkout-core'
import { MAX_FEEDBACK_COMMENT } from '@weship/checkout-core'
import { useEffect, useRef, useState } from 'preact/hooks'
import { ErrorState } from '../components/error-state.js'
import { useTranslator } from '../components/translator-context.js'
import { RatingField } from './rating-field.js'

/** A rating and an optional comment, sent once; then a thank-you in its place. */
export function FeedbackForm({ model }: { model: OrderStatusModel }) {
  const { t } = useTranslator()
  const [rating, setRating] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const [ratingMissing, setRatingMissing] = useState(false)
  const ratingGroup = useRef<HTMLDivElement>(null)
  const thanks = useRef<HTMLParagraphElement>(null)
  const state = model.feedback.value
  const done = state.status === 'sent' || state.status === 'already-sent'
  // The button that had focus is gone: the answer takes it, so keyboard users stay in place.
  useEffect(() => {
    if (done) thanks.current?.focus()
  }, [done])

  if (done) {
    return (
      <p part="feedback-thanks" class="feedback-thanks" role="status" tabIndex={-1} ref={thanks}>
        {state.status === 'sent'
          ? t('orderStatus.feedback.thanks')
          : t('orderStatus.feedback.alreadySent')}
      </p>
    )
  }

  function submit(event: Event) {
    event.preventDefault()
    if (rating === null) {
      setRatingMissing(true)
      ratingGroup.current?.querySelector('input')?.focus()
      return
    }
    void model.submitFeedback(rating, comment)
  }

  return (
    <section part="feedback" class="feedback" aria-labelledby="feedback-title" id="feedback">
      <h2 id="feedback-title" class="subheading">
        {t('orderStatus.feedback.title')}
      </h2>
      <form part="feedback-form" class="form" noValidate onSubmit={submit}>
        <div ref={ratingGroup}>
          <RatingField
            value={rating}
            onValue={(value) => {
              setRating(value)
              setRatingMissing(false)
            }}
            error={ratingMissing ? t('orderStatus.feedback.ratingRequired') : undefined}
          />
        </div>
        <div part="field" class="field">
          <label part="label" class="label" for="feedback-comment">
            {t('orderStatus.feedback.comment')}
          </label>
          <textarea
            part="comment"
            class="input textarea"
            id="feedback-comment"
            name="comment"
            rows={3}
            maxLength={MAX_FEEDBACK_COMMENT}
            value={comment}
            onInput={(event) => setComment(event.currentTarget.value)}
          />
        </div>
        {state.status === 'failed' && <ErrorState error={state.error} />}
        <button
          part="button feedback-button"
          class="button"
          type="submit"
          aria-disabled={state.status === 'sending'}
        >
          {state.status === 'sending'
            ? t('orderStatus.feedback.sending')
            : t('orderStatus.feedback.submit')}
        </button>
      </form>
    </section>
  )
}
