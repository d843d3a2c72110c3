/**
 * The widget's colour scheme from the page's URL (`?scheme=`): a widget themed light or dark
 * frames a page that paints itself alike; without it (theme "auto") the page follows the system,
 * as the widget does. Anything else is ignored.
 */
export function schemeAttribute(scheme: string | undefined): string {
  return scheme === 'light' || scheme === 'dark' ? ` data-scheme="${scheme}"` : ''
}
