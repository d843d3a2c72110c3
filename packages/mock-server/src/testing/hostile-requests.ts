import { applyMutations } from './body-mutations.js'
import type { Json } from './hostile-values.js'
import { type BodyPlan, type ParamPick, type RequestPlan, routeKey } from './request-plan.js'

export const API_ORIGIN = 'http://127.0.0.1:4010'

/** What a shop offers the plans: real ids per parameter and a valid body per route. */
export interface RequestTarget {
  params: Readonly<Record<string, readonly string[]>>
  /** A body the route would accept, before mutations; by `METHOD /path`. */
  validBody(route: string, params: Readonly<Record<string, string>>): Json | undefined
}

export interface HostileRequest {
  method: string
  url: string
  init: RequestInit
  /** Short description for failure messages. */
  label: string
}

/** Turns a plan into a concrete request against one shop. */
export function resolvePlan(plan: RequestPlan, target: RequestTarget): HostileRequest {
  const method = plan.method ?? plan.route.method
  const values: Record<string, string> = {}
  let index = 0
  const path = plan.route.path.replace(/:(\w+)(\{[^}]*\})?/g, (_match, name: string) => {
    const pick = plan.params[index++ % plan.params.length] ?? { kind: 'unknown' }
    const real = target.params[name] ?? []
    const value = pickValue(pick, real)
    values[name] = value
    return pick.kind === 'hostile' ? value : encodeURIComponent(value)
  })
  const headers: Record<string, string> = { ...plan.headers }
  if (plan.contentType !== undefined) headers['content-type'] = plan.contentType
  const body =
    method === 'GET' || method === 'HEAD'
      ? undefined
      : bodyOf(plan.body, target.validBody(routeKey(plan.route), values))
  const shown =
    typeof body === 'string' ? body.slice(0, 200) : body ? `<${body.length} bytes>` : '<none>'
  return {
    method,
    url: `${API_ORIGIN}${path}${plan.query}`,
    init: { method, headers, ...(body === undefined ? {} : { body }) },
    label: `${method} ${path.slice(0, 200)}${plan.query.slice(0, 60)} ${JSON.stringify(headers).slice(0, 300)} body=${shown}`,
  }
}

function pickValue(pick: ParamPick, real: readonly string[]): string {
  if (pick.kind === 'hostile') return pick.segment
  if (pick.kind === 'real' && real.length > 0) return real[pick.index % real.length] ?? ''
  return 'f0e1d2c3-0000-4000-8000-00000000dead'
}

function bodyOf(plan: BodyPlan, valid: Json | undefined): string | Uint8Array | undefined {
  if (plan.kind === 'none') return undefined
  if (plan.kind === 'raw') return plan.body
  return JSON.stringify(applyMutations(valid ?? {}, plan.mutations))
}
