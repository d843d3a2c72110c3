// The suite runs under vitest, an optional peer dependency of this package. Loaded here, once,
// so that a project without it is told what to install instead of "Cannot find package 'vitest'".
type Vitest = typeof import('vitest')

const missingVitest =
  '@weship/checkout-core/testing runs the adapter conformance suite under vitest (>=4.1), an ' +
  'optional peer dependency that this project does not have: `npm install --save-dev vitest`, ' +
  'then run your conformance test file with `npx vitest run`.'

async function loadVitest(): Promise<Vitest> {
  try {
    return await import('vitest')
  } catch (cause) {
    const code = (cause as { code?: unknown } | null)?.code
    if (code === 'ERR_MODULE_NOT_FOUND' && String(cause).includes("'vitest'")) {
      throw new Error(missingVitest, { cause })
    }
    throw cause
  }
}

export const { describe, expect, it } = await loadVitest()
