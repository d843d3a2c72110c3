import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './parse-cli-args.js'

describe('parseCliArgs', () => {
  it('applies the documented defaults', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      options: {
        port: 4010,
        host: '127.0.0.1',
        dev: false,
        allowedOrigins: [],
        paymentPort: 4011,
        dataFile: undefined,
        stripe: {
          secretKey: undefined,
          publishableKey: undefined,
          account: undefined,
          apiBase: undefined,
        },
        trustedProxies: [],
        publicUrl: undefined,
        help: false,
      },
    })
  })

  it('takes Stripe mode’s keys and API address as flags', () => {
    const parsed = parseCliArgs([
      '--stripe-secret-key',
      'sk_test_abc',
      '--stripe-publishable-key',
      'pk_test_abc',
      '--stripe-api',
      'http://127.0.0.1:12111',
    ])
    expect(parsed.ok && parsed.options.stripe).toEqual({
      secretKey: 'sk_test_abc',
      publishableKey: 'pk_test_abc',
      account: undefined,
      apiBase: 'http://127.0.0.1:12111',
    })
  })

  it('gives the payment origin a free port too when --port is 0', () => {
    const parsed = parseCliArgs(['--port', '0'])
    expect(parsed.ok && parsed.options.paymentPort).toBe(0)
  })

  it('reads every flag, with --allow-origin repeatable and normalised', () => {
    const parsed = parseCliArgs([
      '--port=0',
      '--host',
      '::1',
      '--dev',
      '--allow-origin',
      'https://shop.example/',
      '--allow-origin',
      '*',
      '--payment-port',
      '5011',
      '--data',
      '.weship-data/demo.json',
    ])
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        port: 0,
        host: '::1',
        dev: true,
        allowedOrigins: ['https://shop.example', '*'],
        paymentPort: 5011,
        dataFile: '.weship-data/demo.json',
      },
    })
  })

  it.each([
    [['--port', 'abc'], /--port must be a port number/],
    [['--port', '70000'], /--port must be a port number/],
    [['--port', '-1'], /--port/],
    [['--payment-port', '4010'], /--payment-port must differ from --port/],
    [['--host', 'http://x'], /--host must be a host name/],
    [['--allow-origin', 'shop.example'], /--allow-origin must be an http\(s\) origin/],
    [['--nope'], /Unknown option '--nope'/],
    [['stray'], /Unexpected argument 'stray'/],
    [['--dev=yes'], /--dev/],
    [['--data', ''], /--data needs a file path/],
  ])('refuses %j with a clear message', (argv, message) => {
    const parsed = parseCliArgs(argv)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(message)
  })

  it('takes trusted proxies from --trust-proxy (repeatable, comma-separated) or the environment', () => {
    const flags = parseCliArgs(['--trust-proxy', 'loopback, 10.0.0.0/8', '--trust-proxy=::1'])
    expect(flags.ok && flags.options.trustedProxies).toEqual(['loopback', '10.0.0.0/8', '::1'])
    const env = { WESHIP_TRUSTED_PROXIES: '192.0.2.10,192.0.2.11' }
    const fromEnv = parseCliArgs([], env)
    expect(fromEnv.ok && fromEnv.options.trustedProxies).toEqual(['192.0.2.10', '192.0.2.11'])
    expect(parseCliArgs(['--trust-proxy', '10.0.0.9'], env)).toMatchObject({
      options: { trustedProxies: ['10.0.0.9'] },
    })
    expect(parseCliArgs(['--trust-proxy', 'proxy.example'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('--trust-proxy'),
    })
  })

  it('takes the public URL from --public-url or WESHIP_PUBLIC_URL, refusing a non-http one', () => {
    const env = { WESHIP_PUBLIC_URL: 'https://shop.example/api' }
    expect(parseCliArgs([], env)).toMatchObject({
      options: { publicUrl: 'https://shop.example/api' },
    })
    expect(parseCliArgs(['--public-url', 'https://api.example'], env)).toMatchObject({
      options: { publicUrl: 'https://api.example' },
    })
    expect(parseCliArgs(['--public-url', 'ftp://api.example'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('--public-url'),
    })
  })
})
