/**
 * Stripe's API takes `application/x-www-form-urlencoded` bodies with nested keys, as the `stripe`
 * library sends them: `metadata[cart_id]=…`, `expand[0]=payment_method`, `automatic_payment_methods[enabled]=true`.
 * https://docs.stripe.com/api#request-format (form-encoded request bodies)
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

export function parseFormBody(text: string): FormObject {
  const root: FormObject = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const [head = '', ...rest] = key.split('[').map((part) => part.replace(/\]$/, ''))
    let node: FormObject = root
    const path = [head, ...rest]
    path.forEach((segment, index) => {
      const last = index === path.length - 1
      const name = segment === '' ? String(Object.keys(node).length) : segment
      if (last) {
        node[name] = value
        return
      }
      const next = node[name]
      node[name] = typeof next === 'object' && !Array.isArray(next) ? next : {}
      node = node[name] as FormObject
    })
  }
  return arraysFromIndexes(root) as FormObject
}

/** `{ 0: 'a', 1: 'b' }` → `['a', 'b']`, as `expand[0]` and `expand[]` mean. */
function arraysFromIndexes(value: FormValue): FormValue {
  if (typeof value !== 'object' || Array.isArray(value)) return value
  const keys = Object.keys(value)
  const entries = keys.map((key) => [key, arraysFromIndexes(value[key] as FormValue)] as const)
  if (keys.length > 0 && keys.every((key, index) => key === String(index))) {
    return entries.map(([, item]) => item)
  }
  return Object.fromEntries(entries)
}

/** A parameter as a string, or undefined; nested objects are not strings. */
export function stringParam(body: FormObject, ...path: string[]): string | undefined {
  let node: FormValue | undefined = body
  for (const key of path) {
    if (typeof node !== 'object' || Array.isArray(node)) return undefined
    node = node[key]
  }
  return typeof node === 'string' ? node : undefined
}
