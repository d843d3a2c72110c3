// A small static file server for the examples: `/` serves examples/, `/cdn/` the built CDN files.
// Used by the demo and by the browser tests; it listens on loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
export const defaultMounts = {
  '/cdn/': join(root, 'packages/elements/dist/cdn'),
  '/': join(root, 'examples'),
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
}

/** Resolves a URL path inside a mount, refusing anything that climbs out of it. */
function resolveFile(mounts, pathname) {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)))
    let file = resolve(dir, `.${sep}${relative}`)
    if (file !== dir && !file.startsWith(dir + sep)) return null
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    return existsSync(file) ? file : null
  }
  return null
}

/**
 * Starts the server. `transform(file, text)` may rewrite HTML before it is sent (tests point
 * the pages at their own mock server port).
 * `cors` sends `Access-Control-Allow-Origin: *`, as a public CDN does (tests serve `/cdn/` from a
 * second origin with it).
 * @param {{ port?: number, host?: string, mounts?: Record<string, string>,
 *   transform?: (file: string, text: string) => string, cors?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startStaticServer({
  port = 0,
  host = '127.0.0.1',
  mounts = defaultMounts,
  transform,
  cors = false,
} = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost')
    if (
      pathname.endsWith('/') === false &&
      !extname(pathname) &&
      resolveFile(mounts, `${pathname}/`)
    ) {
      response.writeHead(301, { location: `${pathname}/` }).end()
      return
    }
    const file = resolveFile(mounts, pathname)
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream'
    const headers = {
      'content-type': type,
      'cache-control': 'no-store',
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    }
    if (transform && type.startsWith('text/html')) {
      import('node:fs/promises')
        .then(({ readFile }) => readFile(file, 'utf8'))
        .then((text) => response.writeHead(200, headers).end(transform(file, text)))
        .catch(() => response.writeHead(500).end())
      return
    }
    response.writeHead(200, headers)
    createReadStream(file).pipe(response)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`
      resolvePromise({
        url,
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            // Browsers keep idle connections open; a test that stops the server must not wait for them.
            server.closeAllConnections()
          }),
      })
    })
  })
}
