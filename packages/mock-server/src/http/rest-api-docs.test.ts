import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { restRoutes } from '@weship/checkout-core'
import { describe, expect, it } from 'vitest'
import { createCommerceEngine } from '../engine/commerce-engine.js'
import { createApp } from './create-app.js'
import { renderRestApiDocs } from './rest-api-docs.js'

const docsFile = fileURLToPath(new URL('../../../../docs/rest-api.md', import.meta.url))
// Served by the mock server but outside the commerce contract.
const demoOnly = [/^\/health$/, /^\/images\//, /^\/__dev\//]

const toHono = (path: string) => path.replaceAll(/\{(\w+)\}/g, ':$1')

describe('docs/rest-api.md', () => {
  it('is the rendering of the route table (UPDATE_DOCS=1 rewrites it)', () => {
    const rendered = renderRestApiDocs()
    if (process.env.UPDATE_DOCS === '1') writeFileSync(docsFile, rendered)
    expect(readFileSync(docsFile, 'utf8')).toBe(rendered)
  })

  it('lists exactly the routes the mock server serves', () => {
    const app = createApp(createCommerceEngine(), { dev: true })
    const served = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL' && route.method !== 'OPTIONS')
        .filter((route) => !demoOnly.some((pattern) => pattern.test(route.path)))
        .map((route) => `${route.method} ${route.path}`),
    )
    const documented = new Set(restRoutes.map((route) => `${route.method} ${toHono(route.path)}`))
    expect([...served].sort()).toEqual([...documented].sort())
  })
})
