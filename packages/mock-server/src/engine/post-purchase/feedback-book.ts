import { CheckoutError, type Feedback, feedbackRequestSchema } from '@weship/checkout-core'
import { parseInput } from '../parse-input.js'

/** One rating per order, kept in memory like the demo's other post-purchase records. */
export interface FeedbackBook {
  submit(orderId: string, request: unknown, now: Date): Feedback
  exportState(): Feedback[]
}

export function createFeedbackBook(initial: readonly Feedback[] = []): FeedbackBook {
  const book = new Map(initial.map((feedback) => [feedback.orderId, { ...feedback }]))
  return {
    submit(orderId, request, now) {
      const { rating, comment } = parseInput(feedbackRequestSchema, request)
      if (book.has(orderId)) {
        throw new CheckoutError('CONFLICT', 'This order has been rated already.', {
          status: 409,
          reason: 'feedback_already_submitted',
        })
      }
      const trimmed = comment?.trim()
      const feedback: Feedback = {
        orderId,
        rating,
        ...(trimmed ? { comment: trimmed } : {}),
        submittedAt: now.toISOString(),
      }
      book.set(orderId, feedback)
      return { ...feedback }
    },
    exportState: () => [...book.values()].map((feedback) => ({ ...feedback })),
  }
}
