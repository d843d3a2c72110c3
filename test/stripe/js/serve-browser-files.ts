import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { challengePage, paymentElementPage } from './frame-pages.js'

// The stand-in's browser side, served from its own origin: TypeScript modules compiled as they
// are asked for (type imports vanish, the rest is plain ES), and its two frame pages.

const browserModules = [
  'js/stripe-js',
  'js/next-action',
  'js/payment-element-frame',
  'js/challenge-frame',
  'js/shop-uses-stand-in',
  'js/window-stripe',
  'api/test-cards',
]
const modules = Object.fromEntries(browserModules.map((name) => [`/${name}.js`, `../${name}.ts`]))

const compiled = new Map<string, string>()

async function compile(path: string): Promise<string> {
  let code = compiled.get(path)
  if (code === undefined) {
    const source = await readFile(fileURLToPath(new URL(path, import.meta.url)), 'utf8')
    code = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText
    compiled.set(path, code)
  }
  return code
}

export async function serveBrowserFile(
  pathname: string,
  response: ServerResponse,
  cors: Record<string, string>,
): Promise<void> {
  const module = modules[pathname]
  if (module) {
    // Module scripts from another origin need CORS; the shop's page loads Stripe.js this way.
    response.writeHead(200, { ...cors, 'content-type': 'text/javascript; charset=utf-8' })
    response.end(await compile(module))
    return
  }
  const page =
    pathname === '/frames/payment-element.html'
      ? paymentElementPage
      : pathname === '/frames/3ds.html'
        ? challengePage
        : undefined
  if (!page) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    return
  }
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    // Framed by any shop, as Stripe's frames are; no inline script or style.
    'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'",
  })
  response.end(page)
}
