import fc from 'fast-check'
import type { Hono } from 'hono'
import { type Mutation, mutation } from './body-mutations.js'
import { contentType, hostileHeaderValue, hostileRawBody, hostileSegment } from './hostile-wire.js'

export interface RouteSpec {
  method: string
  path: string
}

/** Every route the app answers, read from Hono itself so that new routes are fuzzed too. */
export function routesOf(app: Hono): RouteSpec[] {
  const seen = new Map<string, RouteSpec>()
  for (const { method, path } of app.routes) {
    if (method === 'ALL') continue
    seen.set(`${method} ${path}`, { method, path })
  }
  return [...seen.values()]
}

export const routeKey = (route: RouteSpec) => `${route.method} ${route.path}`

export type ParamPick =
  | { kind: 'real'; index: number }
  | { kind: 'unknown' }
  | { kind: 'hostile'; segment: string }
export type BodyPlan =
  | { kind: 'none' }
  | { kind: 'json'; mutations: Mutation[] }
  | { kind: 'raw'; body: string | Uint8Array }

/** A request before it meets a shop: ids are picked by index, so one plan fits every seed. */
export interface RequestPlan {
  route: RouteSpec
  method: string | undefined
  params: ParamPick[]
  query: string
  body: BodyPlan
  contentType: string | undefined
  headers: Record<string, string>
}

const paramPick: fc.Arbitrary<ParamPick> = fc.oneof(
  { weight: 5, arbitrary: fc.nat(20).map((index) => ({ kind: 'real' as const, index })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'unknown' as const }) },
  {
    weight: 2,
    arbitrary: hostileSegment.map((segment) => ({ kind: 'hostile' as const, segment })),
  },
)

const bodyPlan: fc.Arbitrary<BodyPlan> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(mutation, { minLength: 1, maxLength: 3 })
      .map((mutations) => ({ kind: 'json' as const, mutations })),
  },
  { weight: 1, arbitrary: fc.constant<BodyPlan>({ kind: 'json', mutations: [] }) },
  { weight: 2, arbitrary: hostileRawBody.map((body) => ({ kind: 'raw' as const, body })) },
  { weight: 1, arbitrary: fc.constant<BodyPlan>({ kind: 'none' }) },
)

const query = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '?currency=USD&currency=EUR',
      '?__proto__[polluted]=1',
      '?currency',
      `?${'q'.repeat(8_000)}`,
    ),
  },
  { weight: 1, arbitrary: hostileSegment.map((value) => `?currency=${value}`) },
)

const optionalHeader = (values: fc.Arbitrary<string>) =>
  fc.option(values, { nil: undefined, freq: 2 })

const headers: fc.Arbitrary<Record<string, string>> = fc
  .record({
    'idempotency-key': optionalHeader(
      fc.oneof(fc.constantFrom('key-1', 'key-2'), fc.uuid(), hostileHeaderValue),
    ),
    authorization: optionalHeader(
      fc.oneof(
        hostileHeaderValue,
        hostileHeaderValue.map((token) => `Bearer ${token}`),
      ),
    ),
    origin: optionalHeader(
      fc.constantFrom('http://127.0.0.1:5173', 'https://evil.example', 'null', ''),
    ),
    'access-control-request-method': optionalHeader(fc.constantFrom('POST', 'DELETE', '')),
    'weship-order-token': optionalHeader(hostileHeaderValue),
  })
  .map(
    (record) =>
      Object.fromEntries(
        Object.entries(record).filter(([, value]) => value !== undefined),
      ) as Record<string, string>,
  )

const otherMethod = fc.constantFrom(
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'PROPFIND',
)
const realParams = fc.array(
  fc.nat(20).map((index) => ({ kind: 'real' as const, index })),
  {
    minLength: 3,
    maxLength: 3,
  },
)
const anyParams = fc.array(paramPick, { minLength: 3, maxLength: 3 })
const mutatedBody = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((mutations): BodyPlan => ({ kind: 'json', mutations }))
const idempotencyKey = fc.oneof(fc.constantFrom('key-1', 'key-2', 'key-3'), fc.uuid())

/**
 * Hostile requests over the given routes. Most get one thing wrong and the rest right, so they
 * pass the first gates (media type, JSON, ids) and reach the rules behind them.
 */
export function requestPlan(routes: readonly RouteSpec[]): fc.Arbitrary<RequestPlan> {
  const aimed = (
    wrong: Partial<{ [K in keyof RequestPlan]: fc.Arbitrary<RequestPlan[K]> }>,
  ): fc.Arbitrary<RequestPlan> =>
    fc.record({
      route: fc.constantFrom(...routes),
      method: fc.constant(undefined),
      params: realParams,
      query: fc.constant(''),
      body: mutatedBody,
      contentType: fc.constant('application/json'),
      headers: idempotencyKey.map((key) => ({ 'idempotency-key': key })),
      ...wrong,
    })
  return fc.oneof(
    { weight: 8, arbitrary: aimed({}) },
    {
      weight: 1,
      arbitrary: aimed({ body: fc.constant<BodyPlan>({ kind: 'json', mutations: [] }) }),
    },
    { weight: 2, arbitrary: aimed({ body: bodyPlan }) },
    { weight: 1, arbitrary: aimed({ contentType }) },
    { weight: 3, arbitrary: aimed({ params: anyParams }) },
    { weight: 1, arbitrary: aimed({ method: otherMethod }) },
    { weight: 1, arbitrary: aimed({ headers }) },
    { weight: 1, arbitrary: aimed({ query }) },
    {
      weight: 2,
      arbitrary: aimed({
        method: fc.option(otherMethod, { nil: undefined, freq: 4 }),
        params: anyParams,
        query,
        body: bodyPlan,
        contentType,
        headers,
      }),
    },
  )
}
