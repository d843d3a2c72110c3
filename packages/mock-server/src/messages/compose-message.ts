import type { DueMessage } from '../engine/post-purchase/message-jobs.js'
import { confirmationBody } from './confirmation-body.js'
import { emailTranslator } from './email-translator.js'
import type { MessageContent, MessageSettings } from './message-content.js'
import { orderBody } from './order-body.js'
import { reminderBody } from './reminder-body.js'

/** What a due message says, in the shopper's language, with every link it needs. */
export function composeMessage(message: DueMessage, settings: MessageSettings): MessageContent {
  const tr = emailTranslator(message.locale)
  const { merchant } = settings
  const note = message.marketing
    ? 'common.marketingNote'
    : message.kind === 'marketing_confirmation'
      ? 'marketingConfirmation.note'
      : 'common.transactionalNote'
  const footer: MessageContent['footer'] = {
    merchant: tr.isolate(merchant.name),
    // "10117 Berlin" would read "Berlin 10117" inside Arabic without its isolate.
    postalAddress: tr.isolate(merchant.postalAddress),
    note: tr.fill(note, { merchant: merchant.name }),
    ...(message.unsubscribeToken
      ? {
          unsubscribe: {
            label: tr.t('common.unsubscribe'),
            url: unsubscribeUrl(message, settings),
          },
        }
      : {}),
  }
  const body =
    message.kind === 'cart_reminder'
      ? reminderBody(message, tr, settings)
      : message.kind === 'marketing_confirmation'
        ? confirmationBody(message, tr, settings)
        : orderBody(message, tr, settings)
  return { lang: tr.language, dir: tr.dir, ...body, footer }
}

export function unsubscribeUrl(message: DueMessage, settings: MessageSettings): string {
  const token = encodeURIComponent(message.unsubscribeToken ?? '')
  // The page it opens speaks the e-mail's language.
  const { language } = emailTranslator(message.locale)
  return `${settings.apiUrl}/unsubscribes/${token}?lang=${language}`
}
