/** The stylesheet of both payment pages, served as a file so the CSP needs no 'unsafe-inline'. */
export const paymentPagesCss = `:root {
  color-scheme: light dark;
  --text: light-dark(#1a1a1a, #f2f2f2);
  --muted: light-dark(#5c5c5c, #bdbdbd);
  --border: light-dark(#8a8a8a, #9e9e9e);
  --danger: light-dark(#b3261e, #ffb4ab);
  --focus: light-dark(#1a56db, #8ab4f8);
  --primary: light-dark(#1a56db, #8ab4f8);
  --primary-text: light-dark(#ffffff, #0b1d3a);
  /* Dark pages paint their own dark canvas: light text on a see-through page would rest on a
     background no checker (nor a widget without a theme) can vouch for. The widget's own colour
     when it gives it (--backdrop, page-backdrop.ts), so the frame is no panel of its own. */
  --background: light-dark(transparent, var(--backdrop, Canvas));
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  /* Long words of long languages break rather than widen a phone-narrow frame. */
  overflow-wrap: anywhere;
}
/* The widget's theme when it is not "auto" (page-scheme.ts); light-dark() above follows it. The
   scripts paint the widget's own colour (?background=) in place of Canvas: no panel of its own. */
:root[data-scheme="light"] { color-scheme: light; }
:root[data-scheme="dark"] { color-scheme: dark; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: var(--background); color: var(--text); }
body { padding: 2px; }
.card-form { display: grid; gap: 12px; }
/* Expiry and security code side by side, stacked where their labels would not fit. */
.row { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr)); gap: 12px; }
.field { display: grid; gap: 4px; min-width: 0; }
.label-row { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.brand { color: var(--muted); font-size: 0.875rem; font-weight: 600; }
label { font-weight: 600; }
input {
  font: inherit; color: inherit; background: transparent; width: 100%; min-height: 44px;
  padding: 8px 12px; border: 1px solid var(--border); border-radius: 6px;
}
input:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
input[aria-invalid="true"] { border-color: var(--danger); }
/* Card digits stay left to right; in a right-to-left page they line up with the labels. */
[dir="rtl"] input[dir="ltr"] { text-align: right; }
.error { margin: 0; color: var(--danger); font-size: 0.875rem; }
.hint { margin: 0; color: var(--muted); font-size: 0.875rem; }
.challenge { display: grid; gap: 16px; padding: 16px; max-width: 28rem; margin: 0 auto; }
.challenge h1 { font-size: 1.25rem; margin: 0; }
.challenge p { margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 12px; }
button {
  font: inherit; min-height: 44px; padding: 8px 16px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--primary); background: transparent; color: var(--text);
}
button.primary { background: var(--primary); color: var(--primary-text); }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button:disabled { opacity: 0.6; cursor: not-allowed; }
[hidden] { display: none !important; }
`
