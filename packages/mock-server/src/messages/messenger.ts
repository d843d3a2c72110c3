import nodemailer from 'nodemailer'
import type { CommerceEngine } from '../engine/commerce-engine.js'
import type { DueMessage } from '../engine/post-purchase/message-jobs.js'
import { composeMessage, unsubscribeUrl } from './compose-message.js'
import type { MessageSettings } from './message-content.js'
import { createOutbox, type Outbox } from './outbox.js'
import { renderHtml } from './render-html.js'
import { renderText } from './render-text.js'

export interface MessengerOptions {
  settings: MessageSettings
  /** `smtp://…` sends through that server; without it, messages only fill the outbox. */
  smtpUrl?: string
  logError?: (error: unknown) => void
}

export interface Messenger {
  /** Every message sent (also when SMTP delivers them), for `/__dev/outbox`. */
  readonly outbox: Outbox
  /** Sends whatever the engine's clock has made due; resolves once they are all out (never rejects). */
  flush(): Promise<void>
  close(): void
}

/** Turns the engine's due messages into e-mail through nodemailer. */
export function createMessenger(engine: CommerceEngine, options: MessengerOptions): Messenger {
  const { settings } = options
  const logError = options.logError ?? ((error: unknown) => console.error(error))
  const outbox = createOutbox()
  // Without SMTP, nodemailer still builds the whole MIME message: the outbox shows real mail.
  const transport = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true })
  // One flush at a time, so messages leave in the order they fell due.
  let queue = Promise.resolve()

  async function send(message: DueMessage) {
    const content = composeMessage(message, settings)
    const html = renderHtml(content)
    const text = renderText(content)
    const headers: Record<string, string> = {}
    if (message.marketing && message.unsubscribeToken) {
      // RFC 8058: mail clients show their own unsubscribe button and POST to it in one click.
      headers['List-Unsubscribe'] = `<${unsubscribeUrl(message, settings)}>`
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
    }
    // Dated by the engine clock, so a demo's inbox sorts the simulated weeks correctly.
    const date = engine.clock.now()
    // The shop's own name over the sender's address: nodemailer quotes and encodes it.
    const { name, mailFrom } = settings.merchant
    await transport.sendMail({
      date,
      from: { name, address: mailFrom },
      to: message.to,
      subject: content.subject,
      html,
      text,
      headers,
    })
    outbox.add({
      kind: message.kind,
      key: message.key,
      from: `${name} <${mailFrom}>`,
      to: message.to,
      subject: content.subject,
      html,
      text,
      headers,
      sentAt: date.toISOString(),
    })
  }

  return {
    outbox,
    flush() {
      // Decided now, synchronously: each milestone is taken once, whatever the sending does.
      let due: DueMessage[] = []
      try {
        due = engine.takeDueMessages()
      } catch (error) {
        logError(error)
      }
      queue = queue
        .then(async () => {
          for (const message of due) {
            // A failed message is logged and not retried: the mock never sends a milestone twice.
            await send(message).catch(logError)
          }
        })
        // Never rejects, so one failure cannot stop every later flush in the chain.
        .catch(logError)
      return queue
    },
    close: () => transport.close(),
  }
}
