import { isIP } from 'node:net'
import { parseArgs } from 'node:util'
import { parsePublicUrl } from '../http/absolute-image-urls.js'
import { parseTrustedProxies } from '../http/client/trusted-proxies.js'

export interface CliOptions {
  port: number
  host: string
  dev: boolean
  allowedOrigins: string[]
  /** Port of the payment origin (hosted card fields, 3-D Secure). */
  paymentPort: number
  /** JSON snapshot that keeps carts across restarts. */
  dataFile: string | undefined
  /** Stripe mode's flags as given; the environment fills in the rest (stripe-environment.ts). */
  stripe: StripeFlags
  /** Reverse proxies whose `X-Forwarded-For` names the client (addresses, CIDR, `loopback`). */
  trustedProxies: string[]
  /** The API's public base URL for image URLs and e-mail links; undefined: the listen address. */
  publicUrl: string | undefined
  help: boolean
}

export interface StripeFlags {
  secretKey?: string | undefined
  publishableKey?: string | undefined
  account?: string | undefined
  apiBase?: string | undefined
}

export type CliParseResult = { ok: true; options: CliOptions } | { ok: false; message: string }

export const usage = `Usage: weship-mock-server [options]

The WeShip Checkout demo commerce backend (REST API over an in-memory store).

Options:
  --port PORT            API port (default 4010; 0 picks a free port)
  --host HOST            interface to listen on (default 127.0.0.1)
  --dev                  enable dev-only routes (clock, outbox) as they arrive
  --allow-origin ORIGIN  allow a browser origin besides loopback ones; repeatable; '*' allows all
  --payment-port PORT    payment origin port: card fields, 3-D Secure (default 4011; 0 with --port 0)
  --data FILE            keep carts in a JSON snapshot file across restarts
  --stripe-secret-key KEY       Stripe mode: pay cards through Stripe with this test secret key
                                (better: STRIPE_SECRET_KEY, which other users cannot see in ps)
  --stripe-publishable-key KEY  the matching pk_test_ key (or STRIPE_PUBLISHABLE_KEY)
  --stripe-account ACCT         a connected account to take payments on (or STRIPE_ACCOUNT)
  --stripe-api URL              Stripe's API address (or STRIPE_API_BASE; https://api.stripe.com)
  --public-url URL       the API's URL as browsers and e-mail reach it, for image URLs and
                         links (default: $WESHIP_PUBLIC_URL, else http://HOST:PORT)
  --trust-proxy ADDR     a reverse proxy (address, CIDR range or 'loopback') whose
                         X-Forwarded-For names the client; repeatable or comma-separated
                         (default: $WESHIP_TRUSTED_PROXIES, else none: the header is ignored)
  -h, --help             show this help
`

/** Parses argv (without node and script) and the `WESHIP_*` defaults; never throws, never exits. */
export function parseCliArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CliParseResult {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(argv).values
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  try {
    const port = parsePort('--port', values.port ?? '4010')
    // With --port 0 (tests, parallel runs) the payment origin takes a free port too.
    const paymentPort = parsePort(
      '--payment-port',
      values['payment-port'] ?? (port === 0 ? '0' : '4011'),
    )
    if (port !== 0 && port === paymentPort) {
      throw new Error('--payment-port must differ from --port.')
    }
    const allowedOrigins = (values['allow-origin'] ?? []).map(parseOrigin)
    if (values.data === '') throw new Error('--data needs a file path.')
    const publicUrl = values['public-url'] ?? (env.WESHIP_PUBLIC_URL || undefined)
    if (publicUrl !== undefined) parseFlagUrl(publicUrl)
    const trustedProxies = parseProxies(values['trust-proxy'] ?? [env.WESHIP_TRUSTED_PROXIES ?? ''])
    return {
      ok: true,
      options: {
        port,
        host: parseHost(values.host ?? '127.0.0.1'),
        dev: values.dev ?? false,
        allowedOrigins,
        paymentPort,
        dataFile: values.data,
        stripe: {
          secretKey: values['stripe-secret-key'],
          publishableKey: values['stripe-publishable-key'],
          account: values['stripe-account'],
          apiBase: values['stripe-api'],
        },
        trustedProxies,
        publicUrl,
        help: values.help ?? false,
      },
    }
  } catch (error) {
    return { ok: false, message: (error as Error).message }
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dev: { type: 'boolean' },
      'allow-origin': { type: 'string', multiple: true },
      'payment-port': { type: 'string' },
      data: { type: 'string' },
      'stripe-secret-key': { type: 'string' },
      'stripe-publishable-key': { type: 'string' },
      'stripe-account': { type: 'string' },
      'stripe-api': { type: 'string' },
      'trust-proxy': { type: 'string', multiple: true },
      'public-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

function parsePort(flag: string, value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN
  if (!(port >= 0 && port <= 65535)) {
    throw new Error(`${flag} must be a port number from 0 to 65535, got "${value}".`)
  }
  return port
}

function parseProxies(lists: readonly string[]): string[] {
  const entries = lists.flatMap((list) => list.split(',').map((entry) => entry.trim()))
  const proxies = entries.filter(Boolean)
  try {
    parseTrustedProxies(proxies)
  } catch (error) {
    throw new Error(`--trust-proxy: ${(error as Error).message}`)
  }
  return proxies
}

function parseFlagUrl(value: string): void {
  try {
    parsePublicUrl(value)
  } catch (error) {
    throw new Error(`--public-url: ${(error as Error).message}`)
  }
}

function parseHost(value: string): string {
  if (isIP(value) || /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i.test(value)) return value
  throw new Error(`--host must be a host name or IP address, got "${value}".`)
}

function parseOrigin(value: string): string {
  if (value === '*') return value
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(
      `--allow-origin must be an http(s) origin such as https://shop.example, got "${value}".`,
    )
  }
  return url.origin
}
