/** The slice of the Web Storage API the model needs; pluggable so node tests and SSR work. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export function createMemoryStorage(): KeyValueStorage {
  const values = new Map<string, string>()
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  }
}

/** Wraps a storage that may throw (Safari private mode, quota, disabled cookies) so it never does. */
export function createSafeStorage(storage: KeyValueStorage | undefined): KeyValueStorage {
  const fallback = createMemoryStorage()
  const attempt = <T>(action: (target: KeyValueStorage) => T): T => {
    try {
      return action(storage ?? fallback)
    } catch {
      return action(fallback)
    }
  }
  return {
    getItem: (key) => attempt((target) => target.getItem(key)),
    setItem: (key, value) => attempt((target) => target.setItem(key, value)),
    removeItem: (key) => attempt((target) => target.removeItem(key)),
  }
}
