/** Where error messages point developers; one place so a docs move is one change. */
export const DOCS_BASE_URL = 'https://github.com/weship/checkout/blob/main/docs/'

export function docsUrl(page: string): string {
  return `${DOCS_BASE_URL}${page}`
}
