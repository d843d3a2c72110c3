import { isLoopbackOrigin } from '../http/cors.js'

/** Which merchant pages may frame the payment pages: loopback ones and the configured origins. */
export interface FramePolicy {
  /** The origin exactly as a browser sends it, when allowed; undefined otherwise. */
  vet(origin: string | undefined): string | undefined
}

export function createFramePolicy(allowedOrigins: readonly string[]): FramePolicy {
  const allowAny = allowedOrigins.includes('*')
  return {
    vet(origin) {
      if (!origin || !isSerializedOrigin(origin)) return undefined
      if (allowAny || isLoopbackOrigin(origin) || allowedOrigins.includes(origin)) return origin
      return undefined
    },
  }
}

/** The CSP of a payment page: its own files only, framed only by the one merchant origin. */
export function paymentPageCsp(frameAncestor: string): string {
  return [
    "default-src 'self'",
    `frame-ancestors ${frameAncestor}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ')
}

function isSerializedOrigin(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value
  } catch {
    return false
  }
}
