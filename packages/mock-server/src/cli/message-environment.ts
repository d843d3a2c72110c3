import { CheckoutError } from '@weship/checkout-core'
import { demoMerchant } from '../engine/demo-merchant.js'
import type { InvitationSettings } from '../engine/post-purchase/invitation-codes.js'
import { demoMessageSettings } from '../messages/message-content.js'
import type { MockServerOptions } from '../server/start-mock-server.js'

const DAY_MS = 24 * 3600_000

/**
 * The shop and its e-mail from the environment: `SMTP_URL` switches from the outbox to real SMTP;
 * the `WESHIP_*` variables name the shop (the one name of its pages, receipts and e-mails), the
 * link targets and the invitation to buy again. A value that cannot work refuses to start. The
 * API's own public URL, for unsubscribe links too, is `--public-url` / `WESHIP_PUBLIC_URL`
 * (parse-cli-args.ts).
 */
export function messageEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Pick<MockServerOptions, 'smtpUrl' | 'merchant' | 'messages' | 'invitations'> {
  return {
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    merchant: {
      name: env.WESHIP_MERCHANT_NAME?.trim() || demoMerchant.name,
      postalAddress: env.WESHIP_MERCHANT_ADDRESS?.trim() || demoMerchant.postalAddress,
    },
    messages: {
      mailFrom: env.WESHIP_MAIL_FROM || demoMessageSettings.merchant.mailFrom,
      orderStatusUrl: env.WESHIP_ORDER_STATUS_URL || demoMessageSettings.orderStatusUrl,
      shopUrl: env.WESHIP_SHOP_URL || demoMessageSettings.shopUrl,
    },
    invitations: invitationEnvironment(env),
  }
}

function invitationEnvironment(env: Readonly<Record<string, string | undefined>>) {
  const settings: InvitationSettings = {}
  const days = env.WESHIP_INVITATION_DAYS?.trim()
  if (days === 'off') settings.afterMs = null
  else if (days) settings.afterMs = wholeNumber('WESHIP_INVITATION_DAYS', days, 0, 365) * DAY_MS
  const percent = env.WESHIP_INVITATION_PERCENT?.trim()
  if (percent) settings.incentivePercent = wholeNumber('WESHIP_INVITATION_PERCENT', percent, 1, 90)
  return settings
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN
  if (number >= min && number <= max) return number
  throw new CheckoutError(
    'CONFIG',
    `${name} must be a whole number from ${min} to ${max}, got "${value}".`,
  )
}
