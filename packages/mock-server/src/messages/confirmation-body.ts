import type { MarketingConfirmationMessage } from '../engine/post-purchase/message-jobs.js'
import type { EmailTranslator } from './email-translator.js'
import type { MessageBody, MessageSettings } from './message-content.js'
import { formatDate } from './message-parts.js'

/** Double opt-in: one button, to a page on the API whose own button confirms (a GET does not). */
export function confirmationBody(
  message: MarketingConfirmationMessage,
  tr: EmailTranslator,
  settings: MessageSettings,
): MessageBody {
  const merchant = settings.merchant.name
  const token = encodeURIComponent(message.confirmationToken)
  const url = `${settings.apiUrl}/marketing-confirmations/${token}?lang=${tr.language}`
  const date = formatDate(message.expiresAt, tr.locale)
  return {
    subject: tr.t('marketingConfirmation.subject', { merchant }),
    heading: tr.t('marketingConfirmation.heading'),
    paragraphs: [
      tr.t('marketingConfirmation.intro', { merchant }),
      tr.t('marketingConfirmation.expiry', { date }),
    ],
    facts: [],
    action: { label: tr.t('marketingConfirmation.action'), url },
  }
}
