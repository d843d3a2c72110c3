/** A messages file: groups of groups, strings at the leaves. */
export type MessageTree = { [key: string]: string | MessageTree }

export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const
export type PluralCategory = (typeof pluralCategories)[number]

/** Every string of a messages tree by its dotted path (`cart.itemCount_one`). */
export function messageLeaves(messages: MessageTree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') leaves.set(`${prefix}${key}`, value)
    else for (const [path, text] of messageLeaves(value, `${prefix}${key}.`)) leaves.set(path, text)
  }
  return leaves
}

/**
 * The plural keys of English (the source of truth): a base is plural when English has its
 * `_other` form. Everything else is one message, whatever its name ends in (`too_many_attempts`).
 */
export function pluralBases(english: MessageTree): Set<string> {
  return new Set(
    [...messageLeaves(english).keys()]
      .filter((path) => path.endsWith('_other'))
      .map((path) => path.slice(0, -'_other'.length)),
  )
}

/** The `{{name}}` placeholders of a message, sorted, duplicates kept. */
export function placeholders(text: string): string[] {
  return (text.match(/\{\{[^{}]*\}\}/g) ?? []).sort()
}

/** What a message can render as, every placeholder standing for some text: for tests. */
export function messagePattern(text: string): RegExp {
  const literal = text
    .split(/\{\{[^{}]*\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${literal.join('.+')}$`)
}
