import { createContext } from 'preact'

/**
 * The merchant's order status page (where `<weship-order-status>` lives), e.g. from an
 * `order-status-url` attribute. Null: no link, since no page is known to show the order. Apart
 * from the link itself, so the checkout's chunk provides it without the confirmation's words.
 */
export const OrderStatusUrlContext = createContext<string | null>(null)
