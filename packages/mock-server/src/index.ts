export { createMemoryAdapter } from './adapter/memory-adapter.js'
export { demoCatalog } from './catalog/demo-catalog.js'
export type { Catalog, CatalogProduct, CatalogVariant, PriceList } from './catalog/types.js'
export {
  type CommerceEngine,
  type CommerceEngineOptions,
  createCommerceEngine,
} from './engine/commerce-engine.js'
export type { EngineState } from './engine/engine-state.js'
export { type AppOptions, createApp } from './http/create-app.js'
export {
  type MockServer,
  type MockServerOptions,
  startMockServer,
} from './server/start-mock-server.js'
