/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The checkout backend's base URL (the mock server of `pnpm demo` by default, see `.env`). */
  readonly VITE_WESHIP_API: string
}
