/** The checkout backend's base URL: angular.json's `define` (the mock server of `pnpm demo`). */
declare const WESHIP_API: string
