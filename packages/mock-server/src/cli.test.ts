import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type StripeStandIn, startStripeStandIn } from '../../../test/stripe/api/stand-in-server.js'

const bin = fileURLToPath(new URL('../bin/weship-mock-server.js', import.meta.url))
const builtCli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const children: ChildProcess[] = []

// A developer's own Stripe keys in the shell must not turn these runs into Stripe mode.
const shellWithoutStripe = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('STRIPE_')),
)

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [bin, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...shellWithoutStripe, ...env },
  })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /^listening on (http:\/\/\S+)$/m.exec(stdout)
      if (match?.[1]) resolve(match[1])
    })
    exited.then(() => reject(new Error(`exited before listening: ${stderr}`)))
  })
  // Tests that expect an early exit never await this; keep its rejection from going unhandled.
  listening.catch(() => undefined)
  return { child, exited, listening, output: () => ({ stdout, stderr }) }
}

beforeAll(() => {
  if (!existsSync(builtCli)) {
    throw new Error(
      `${builtCli} is missing: run \`npx --yes pnpm@12 --filter @weship/mock-server run build\` first.`,
    )
  }
})

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

describe('weship-mock-server CLI', () => {
  it('prints the listening URL, serves /health and stops cleanly on SIGTERM', async () => {
    const server = run(['--port', '0'])
    const url = await server.listening
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const health = await fetch(`${url}/health`)
    expect(await health.json()).toEqual({ status: 'ok' })
    server.child.kill('SIGTERM')
    expect(await server.exited).toEqual({ code: 0, signal: null })
    expect(server.output().stdout).toMatch(
      new RegExp(`^payment origin on http://127\\.0\\.0\\.1:\\d+\nlistening on ${url}\n$`),
    )
  })

  it('stops cleanly on SIGINT too', async () => {
    const server = run(['--port', '0', '--dev'])
    await server.listening
    server.child.kill('SIGINT')
    expect(await server.exited).toEqual({ code: 0, signal: null })
  })

  it('refuses a bad flag with a message, the usage and exit code 2', async () => {
    const cli = run(['--port', 'nope'])
    expect(await cli.exited).toEqual({ code: 2, signal: null })
    const { stdout, stderr } = cli.output()
    expect(stderr).toMatch(/--port must be a port number from 0 to 65535, got "nope"/)
    expect(stderr).toMatch(/Usage: weship-mock-server/)
    expect(stdout).toBe('')
  })

  it('pays through Stripe with keys from the environment and a flag, and says so', async () => {
    const standIn: StripeStandIn = await startStripeStandIn()
    try {
      const server = run(['--port', '0', '--stripe-publishable-key', standIn.publishableKey], {
        STRIPE_SECRET_KEY: standIn.secretKey,
        STRIPE_API_BASE: standIn.url,
      })
      const url = await server.listening
      expect(server.output().stdout).toContain(`Stripe mode: cards are paid through ${standIn.url}`)
      const cart = (await (await fetch(`${url}/carts`, { method: 'POST' })).json()) as {
        id: string
      }
      const { methods } = (await (
        await fetch(`${url}/carts/${cart.id}/payment-methods`)
      ).json()) as {
        methods: unknown[]
      }
      expect(methods).toEqual([
        expect.objectContaining({
          provider: 'stripe',
          stripe: { publishableKey: standIn.publishableKey },
        }),
      ])
      server.child.kill('SIGTERM')
      await server.exited
    } finally {
      await standIn.close()
    }
  })

  it('refuses half a Stripe configuration with a message and exit code 2', async () => {
    const cli = run(['--port', '0'], { STRIPE_SECRET_KEY: 'sk_test_abc' })
    expect(await cli.exited).toEqual({ code: 2, signal: null })
    expect(cli.output().stderr).toMatch(/Stripe mode needs both keys/)
  })

  it('prints the usage for --help', async () => {
    const cli = run(['--help'])
    expect(await cli.exited).toEqual({ code: 0, signal: null })
    expect(cli.output().stdout).toMatch(/--allow-origin ORIGIN/)
  })
})
