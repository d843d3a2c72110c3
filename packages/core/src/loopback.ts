/** localhost, 127.0.0.0/8 and [::1]: only the shopper's own machine answers there. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(hostname)
}
