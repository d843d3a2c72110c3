// Vite turns `?inline` CSS into a minified string; styles reach the page only as constructable sheets.
declare module '*.css?inline' {
  const css: string
  export default css
}
