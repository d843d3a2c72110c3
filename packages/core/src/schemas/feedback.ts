import * as z from 'zod/mini'
import { deferred } from './deferred.js'

export const MAX_FEEDBACK_COMMENT = 2000

export const feedbackRequestSchema = deferred(() =>
  z.object({
    rating: z.int().check(z.gte(1), z.lte(5)),
    comment: z.optional(z.string().check(z.maxLength(MAX_FEEDBACK_COMMENT))),
  }),
)

export const feedbackSchema = deferred(() =>
  z.object({
    orderId: z.string(),
    rating: z.int().check(z.gte(1), z.lte(5)),
    comment: z.optional(z.string()),
    submittedAt: z.iso.datetime(),
  }),
)

export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>
export type Feedback = z.infer<typeof feedbackSchema>
