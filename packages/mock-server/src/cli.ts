import { messageEnvironment } from './cli/message-environment.js'
import { parseCliArgs, usage } from './cli/parse-cli-args.js'
import { stripeSettingsFrom } from './cli/stripe-environment.js'
import { startMockServer } from './server/start-mock-server.js'

// Exit codes: 0 clean stop or --help, 1 could not start, 2 bad command line (like most CLIs).
const parsed = parseCliArgs(process.argv.slice(2), process.env)
const stripe = parsed.ok ? stripeSettingsFrom(parsed.options.stripe, process.env) : undefined

if (!parsed.ok || stripe instanceof Error) {
  const message = parsed.ok ? (stripe as Error).message : parsed.message
  process.stderr.write(`weship-mock-server: ${message}\n\n${usage}`)
  process.exitCode = 2
} else if (parsed.options.help) {
  process.stdout.write(usage)
} else {
  const { port, paymentPort, host, dev, allowedOrigins, dataFile, trustedProxies, publicUrl } =
    parsed.options
  try {
    const server = await startMockServer({
      ...(stripe ? { stripe } : {}),
      port,
      paymentPort,
      host,
      dev,
      allowedOrigins,
      trustedProxies,
      ...(publicUrl === undefined ? {} : { publicUrl }),
      ...(dataFile === undefined ? {} : { dataFile }),
      ...messageEnvironment(process.env),
    })
    const stop = () => {
      server.close().then(
        () => {
          process.exitCode = 0
        },
        (error: unknown) => {
          process.stderr.write(`weship-mock-server: could not stop cleanly: ${String(error)}\n`)
          process.exitCode = 1
        },
      )
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    process.stdout.write(`payment origin on ${server.paymentUrl}\n`)
    if (stripe)
      process.stdout.write(`Stripe mode: cards are paid through ${stripe.apiBase ?? 'Stripe'}\n`)
    // Printed last: scripts treat this line as "ready", signal handlers included.
    process.stdout.write(`listening on ${server.url}\n`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`weship-mock-server: cannot start: ${message}\n`)
    process.exitCode = 1
  }
}
