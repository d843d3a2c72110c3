import { demoMessageSettings } from '../messages/message-content.js'
import type { MockServerOptions } from '../server/start-mock-server.js'

/**
 * E-mail settings from the environment: `SMTP_URL` switches from the outbox to real SMTP; the
 * `WESHIP_*` variables replace the demo merchant and link targets (the API's own public URL,
 * for unsubscribe links too, is `--public-url` / `WESHIP_PUBLIC_URL`: see parse-cli-args.ts).
 */
export function messageEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Pick<MockServerOptions, 'smtpUrl' | 'messages'> {
  const merchant = {
    name: env.WESHIP_MERCHANT_NAME || demoMessageSettings.merchant.name,
    postalAddress: env.WESHIP_MERCHANT_ADDRESS || demoMessageSettings.merchant.postalAddress,
    from: env.WESHIP_MAIL_FROM || demoMessageSettings.merchant.from,
  }
  return {
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    messages: {
      merchant,
      orderStatusUrl: env.WESHIP_ORDER_STATUS_URL || demoMessageSettings.orderStatusUrl,
      shopUrl: env.WESHIP_SHOP_URL || demoMessageSettings.shopUrl,
    },
  }
}
