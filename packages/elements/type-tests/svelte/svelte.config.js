// svelte-check's configuration for the type tests beside it: the defaults (TypeScript by default).
export default {}
