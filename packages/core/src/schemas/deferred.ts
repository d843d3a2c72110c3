/**
 * A schema that is built the first time anything touches it. Building every zod schema when the
 * script loads cost ~250 ms of main thread at 4× CPU before any element existed, and a page
 * parses only a few of them (a cart page never builds the order, tracking or customer schemas).
 * The proxy forwards every operation, so the value behaves as the schema itself: parse it,
 * compose it, `z.infer` its type.
 */
export function deferred<T extends object>(build: () => T): T {
  let schema: T | undefined
  const built = (): T => {
    schema ??= build()
    return schema
  }
  return new Proxy(Object.create(null) as T, {
    get: (_target, key) => Reflect.get(built(), key),
    has: (_target, key) => Reflect.has(built(), key),
    set: (_target, key, value) => Reflect.set(built(), key, value),
    ownKeys: () => Reflect.ownKeys(built()),
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(built(), key)
      // A proxy may only report a non-configurable property its (empty) target has too.
      return descriptor && { ...descriptor, configurable: true }
    },
  })
}
