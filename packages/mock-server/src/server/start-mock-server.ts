import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { CheckoutError, type Merchant } from '@weship/checkout-core'
import type { Hono } from 'hono'
import type { Clock } from '../engine/clock.js'
import { type CommerceEngine, createCommerceEngine } from '../engine/commerce-engine.js'
import type { StripeSettings } from '../engine/payments/stripe/stripe-settings.js'
import type { InvitationSettings } from '../engine/post-purchase/invitation-codes.js'
import { parsePublicUrl } from '../http/absolute-image-urls.js'
import { createApp } from '../http/create-app.js'
import {
  assertMessageLinks,
  demoMessageSettings,
  type MessageSettings,
  mailAddress,
} from '../messages/message-content.js'
import { createMessenger } from '../messages/messenger.js'
import { startPaymentOrigin } from '../payment-origin/start-payment-origin.js'
import { type HttpTimeouts, serverTimeouts } from './http-timeouts.js'
import { createSnapshotWriter, readSnapshot, type SnapshotWriter } from './snapshot-file.js'

export interface MockServerOptions {
  /** 0 picks a free port; the chosen one is in the result. */
  port?: number
  /** Port of the payment origin (hosted card fields, 3-D Secure); 4011, or free when `port` is 0. */
  paymentPort?: number
  /** Loopback by default: the demo backend has no auth and should not face a network. */
  host?: string
  /** Enables dev-only routes once they exist (clock, outbox). */
  dev?: boolean
  /** Origins allowed besides any loopback one (`*` only when passed explicitly). */
  allowedOrigins?: readonly string[]
  /** Reverse proxies whose `X-Forwarded-For` names the client (`--trust-proxy`); none by default. */
  trustedProxies?: readonly string[]
  /** Defaults to a fresh engine over the demo catalog. */
  engine?: CommerceEngine
  /** The clock of the engine made here (an `engine` brings its own); the dev route moves it. */
  clock?: Clock
  /** JSON snapshot file: carts are read from it at start and written back after changes. */
  dataFile?: string
  logError?: (error: unknown) => void
  /** `smtp://user:pass@host:port`: real SMTP for the e-mail; otherwise only the outbox keeps it. */
  smtpUrl?: string
  /**
   * The shop's name and postal address, for the engine made here (an `engine` brings its own):
   * its receipts, the widget that shows them and the e-mails all say this one name.
   */
  merchant?: Merchant
  /** Where e-mail links lead and the sender's address (shown under the shop's name). */
  messages?: Partial<Omit<MessageSettings, 'merchant'>> & { mailFrom?: string }
  /** The invitation to buy again after delivery, for the engine made here. */
  invitations?: InvitationSettings
  /** How often (real time) due messages are sent when the clock is not moved; 15 s by default. */
  messageIntervalMs?: number
  /**
   * Stripe mode: cards are paid through Stripe with these test keys (for the engine made here;
   * an `engine` brings its own). Without it, the demo's test processor takes the payments.
   */
  stripe?: StripeSettings | undefined
  /** How long clients may take to send a request; applies to the payment origin too. */
  timeouts?: HttpTimeouts
  /**
   * The API's public base URL, for absolute image URLs and e-mail links (never the request's
   * `Host`); by default the address it listens on, e.g. `http://127.0.0.1:4010`.
   */
  publicUrl?: string
}

export interface MockServer {
  /** Base URL of the API, e.g. `http://127.0.0.1:4010` (no trailing slash). */
  url: string
  port: number
  /** Base URL of the payment origin, e.g. `http://127.0.0.1:4011`. */
  paymentUrl: string
  paymentPort: number
  /** Stops listening and drops open connections; safe to call twice. */
  close(): Promise<void>
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1'
  assertMessageLinks(options.messages ?? {})
  const { engine, snapshots } = await openEngine(options)
  // The API's own URL is known once it listens; unsubscribe links read it when a message is sent.
  const { mailFrom = demoMessageSettings.merchant.mailFrom, ...links } = options.messages ?? {}
  const settings: MessageSettings = {
    ...demoMessageSettings,
    apiUrl: '',
    ...links,
    merchant: { ...engine.merchant, mailFrom: mailAddress(mailFrom) },
  }
  const messenger = createMessenger(engine, {
    settings,
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    ...(options.logError ? { logError: options.logError } : {}),
  })
  if (options.publicUrl !== undefined) parsePublicUrl(options.publicUrl)
  // The app needs the public URL, which defaults to the address bound: it is made once listening,
  // before any connection can be read.
  let app: Hono | undefined
  const fetch = (request: Request, env: unknown) =>
    app ? app.fetch(request, env) : new Response(null, { status: 503 })
  const serverOptions = serverTimeouts(options.timeouts)
  const server = createAdaptorServer({ fetch, hostname: host, serverOptions }) as Server
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  const publicUrl = parsePublicUrl(options.publicUrl ?? url)
  settings.apiUrl ||= publicUrl
  app = createApp(engine, {
    allowedOrigins: options.allowedOrigins ?? [],
    dev: options.dev ?? false,
    messenger,
    trustedProxies: options.trustedProxies ?? [],
    publicUrl,
    ...(options.logError ? { logError: options.logError } : {}),
  })
  // Real time flows too: reminders and shipments fall due without anyone moving the clock.
  const ticker = setInterval(() => void messenger.flush(), options.messageIntervalMs ?? 15_000)
  ticker.unref()
  const closeApi = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()))
      // Keep-alive sockets would otherwise hold close() open for seconds.
      server.closeAllConnections()
    })
  const payment = await startPaymentOrigin(engine.payments, {
    port: options.paymentPort ?? (options.port === 0 ? 0 : 4011),
    host,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    allowedOrigins: options.allowedOrigins ?? [],
    trustedProxies: options.trustedProxies ?? [],
    ...(options.logError ? { logError: options.logError } : {}),
  }).catch(async (error: unknown) => {
    clearInterval(ticker)
    await closeApi()
    throw error
  })

  let closing: Promise<void> | undefined
  return {
    url,
    port,
    paymentUrl: payment.url,
    paymentPort: payment.port,
    close() {
      clearInterval(ticker)
      closing ??= Promise.all([closeApi(), payment.close()])
        .then(() => messenger.flush())
        .then(() => {
          messenger.close()
          return snapshots?.flush()
        })
      return closing
    },
  }
}

async function openEngine(
  options: MockServerOptions,
): Promise<{ engine: CommerceEngine; snapshots?: SnapshotWriter }> {
  const { dataFile } = options
  const settings = {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.stripe ? { stripe: options.stripe } : {}),
    ...(options.merchant ? { merchant: options.merchant } : {}),
    ...(options.invitations ? { invitations: options.invitations } : {}),
  }
  if (options.engine && (options.stripe || options.merchant || options.invitations)) {
    throw new CheckoutError(
      'CONFIG',
      'Pass Stripe, merchant and invitation settings to the engine you pass, not beside it.',
    )
  }
  if (dataFile === undefined) return { engine: options.engine ?? createCommerceEngine(settings) }
  if (options.engine) {
    throw new CheckoutError('CONFIG', 'Pass either an engine or a dataFile, not both.')
  }
  const state = await readSnapshot(dataFile)
  const snapshots = createSnapshotWriter(dataFile, () => engine.exportState())
  const engine = createCommerceEngine({
    ...settings,
    ...(state ? { state } : {}),
    onChange: snapshots.schedule,
  })
  return { engine, snapshots }
}
