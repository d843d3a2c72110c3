import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import type { PaymentDesk } from '../engine/payments/payment-desk.js'
import { type HttpTimeouts, serverTimeouts } from '../server/http-timeouts.js'
import { createPaymentApp, type PaymentAppOptions } from './create-payment-app.js'

export interface PaymentOriginOptions extends PaymentAppOptions {
  /** 0 picks a free port. */
  port: number
  host: string
  timeouts?: HttpTimeouts
}

export interface PaymentOrigin {
  /** e.g. `http://127.0.0.1:4011`, no trailing slash. */
  url: string
  port: number
  close(): Promise<void>
}

/**
 * Serves the payment pages on their own port, so they are another origin than the API and the
 * shop, and points the engine's payment methods and 3-D Secure actions at it.
 */
export async function startPaymentOrigin(
  payments: PaymentDesk,
  options: PaymentOriginOptions,
): Promise<PaymentOrigin> {
  const app = createPaymentApp(payments, options)
  const serverOptions = serverTimeouts(options.timeouts)
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: options.host,
    serverOptions,
  }) as Server
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  const url = `http://${host}:${port}`
  payments.useOrigin(url)

  let closing: Promise<void> | undefined
  return {
    url,
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
      return closing
    },
  }
}
