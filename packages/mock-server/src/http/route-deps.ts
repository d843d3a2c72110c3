import type { PublicImages } from './absolute-image-urls.js'
import type { ClientKey } from './client/client-address.js'

/** What every route module is given besides the app and the engine. */
export interface RouteDeps {
  /** The request's client key, for per-client limits. */
  client: ClientKey
  /** Absolute image URLs on the API's public URL. */
  images: PublicImages
}
