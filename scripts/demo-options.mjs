// The demo's ports, from flags or environment variables (flags win), so it can run beside
// whatever already holds 4010, 4011 or 5173. The example pages are written against the defaults
// and are pointed at the chosen ports as they are served (`pointExamplesAt`).

/** The addresses the example pages are written against. */
export const EXAMPLE_API = 'http://127.0.0.1:4010'
export const EXAMPLE_PAYMENT_ORIGIN = 'http://127.0.0.1:4011'

const settings = {
  apiPort: { flag: '--api-port', env: 'WESHIP_API_PORT', fallback: 4010 },
  paymentPort: { flag: '--payment-port', env: 'WESHIP_PAYMENT_PORT', fallback: 4011 },
  sitePort: { flag: '--site-port', env: 'WESHIP_SITE_PORT', fallback: 5173 },
}

export const demoUsage = `Usage: pnpm demo [-- --api-port N] [--payment-port N] [--site-port N]
  or WESHIP_API_PORT, WESHIP_PAYMENT_PORT, WESHIP_SITE_PORT (defaults 4010, 4011, 5173)`

/**
 * @param {string[]} argv the arguments after the script
 * @param {Record<string, string | undefined>} env
 * @returns {{ apiPort: number, paymentPort: number, sitePort: number }}
 */
export function parseDemoOptions(argv, env) {
  const given = new Map()
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = /** @type {string} */ (argv[index]).split('=', 2)
    if (flag === '--') continue
    if (!Object.values(settings).some((setting) => setting.flag === flag)) {
      throw new Error(`unknown option ${flag}\n${demoUsage}`)
    }
    given.set(flag, inline ?? argv[++index])
  }
  const options = /** @type {Record<keyof typeof settings, number>} */ ({})
  for (const [name, { flag, env: variable, fallback }] of Object.entries(settings)) {
    const text = given.get(flag) ?? env[variable]
    const port = text === undefined || text === '' ? fallback : Number(text)
    if (!Number.isInteger(port) || port < 1 || port > 65_535) {
      const source = given.has(flag) ? flag : variable
      throw new Error(`${source} must be a port from 1 to 65535, not "${text}"\n${demoUsage}`)
    }
    options[/** @type {keyof typeof settings} */ (name)] = port
  }
  const ports = Object.values(options)
  if (new Set(ports).size !== ports.length) {
    throw new Error(`the three ports must differ (got ${ports.join(', ')})\n${demoUsage}`)
  }
  return options
}

/**
 * An example page pointed at a mock server of its own: API address and payment origin, in its
 * attributes and its Content-Security-Policy alike.
 * @param {string} html
 * @param {{ api: string, paymentOrigin: string }} target
 */
export function pointExamplesAt(html, { api, paymentOrigin }) {
  // One pass: replacing one origin after the other would rewrite the first replacement again
  // whenever it begins with the second origin (API port 40115 begins with ":4011").
  const targets = new Map([
    [EXAMPLE_API, api],
    [EXAMPLE_PAYMENT_ORIGIN, paymentOrigin],
  ])
  const literal = (text) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`(${[...targets.keys()].map(literal).join('|')})(?!\\d)`, 'g')
  return html.replaceAll(pattern, (origin) => targets.get(origin) ?? origin)
}
