import type { BackendModule } from './backend-kinds.js'

/**
 * Where each kind's adapter comes from: a dynamic import, so the ES module fetches it from beside
 * itself only on pages that name the kind (the classic script has it inline). A kind without an
 * entry is not in this build.
 */
export const adapterChunks: Record<string, (() => Promise<BackendModule>) | undefined> = {
  vendure: () => import('./vendure-backend.js'),
  medusa: () => import('./medusa-backend.js'),
}
