// Hand-written illustrations: tiny, CSP-safe (no script, no inline style) and licence-free.
const svg = (title: string, background: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160" width="160" height="160" role="img">` +
  `<title>${title}</title><rect width="160" height="160" fill="${background}"/>${body}</svg>`

export const merinoCrewSweaterSvg = svg(
  'Merino Crew Sweater',
  '#e9eef6',
  '<path d="M58 34Q80 46 102 34L132 50L142 106L124 110L118 72V128H42V72L36 110L18 106L28 50Z" fill="#2c4a7a"/>' +
    '<path d="M58 34Q80 50 102 34" fill="none" stroke="#1d3357" stroke-width="5"/>' +
    '<path d="M42 121H118M19 100L36 104M141 100L124 104" stroke="#1d3357" stroke-width="6"/>',
)

export const linenOvershirtSvg = svg(
  'Linen Overshirt',
  '#f5efe4',
  '<path d="M60 30L80 40L100 30L130 44L140 104L122 108L116 70V132H44V70L38 108L20 104L30 44Z" fill="#c9b38c"/>' +
    '<path d="M60 30L80 52L100 30L92 27L80 40L68 27Z" fill="#b09870"/>' +
    '<path d="M80 52V132" stroke="#a48c62" stroke-width="2"/>' +
    '<rect x="50" y="62" width="18" height="15" rx="2" fill="none" stroke="#a48c62" stroke-width="2"/>' +
    '<g fill="#7a6646"><circle cx="84" cy="66" r="2.5"/><circle cx="84" cy="86" r="2.5"/>' +
    '<circle cx="84" cy="106" r="2.5"/><circle cx="84" cy="124" r="2.5"/></g>',
)

export const canvasWeekenderBagSvg = svg(
  'Canvas Weekender Bag',
  '#eeeadf',
  '<path d="M56 62Q56 32 80 32Q104 32 104 62" fill="none" stroke="#5b4a32" stroke-width="7"/>' +
    '<rect x="20" y="58" width="120" height="70" rx="16" fill="#9a8e62"/>' +
    '<rect x="20" y="90" width="120" height="8" fill="#7d7250"/>' +
    '<rect x="48" y="56" width="11" height="74" rx="2" fill="#6b5236"/>' +
    '<rect x="101" y="56" width="11" height="74" rx="2" fill="#6b5236"/>' +
    '<circle cx="53.5" cy="94" r="3" fill="#d8c27a"/><circle cx="106.5" cy="94" r="3" fill="#d8c27a"/>',
)

export const ceramicPourOverSetSvg = svg(
  'Ceramic Pour-Over Set',
  '#f4e7df',
  '<path d="M56 78H104L112 130Q80 140 48 130Z" fill="#d6e6ec" stroke="#9cb8c2" stroke-width="2"/>' +
    '<path d="M51 112H109L112 130Q80 140 48 130Z" fill="#7b4b2a"/>' +
    '<rect x="62" y="70" width="36" height="8" rx="2" fill="#e4dcd3"/>' +
    '<path d="M46 34H114L93 70H67Z" fill="#fbfaf7" stroke="#c9bfb5" stroke-width="2"/>' +
    '<path d="M64 46L72 62M80 46V62M96 46L88 62" stroke="#e4dcd3" stroke-width="2"/>',
)

export const organicCottonTeeSvg = svg(
  'Organic Cotton Tee',
  '#ecf2e9',
  '<path d="M60 34Q80 46 100 34L134 52L122 76L110 70V130H50V70L38 76L26 52Z" fill="#88a884"/>' +
    '<path d="M60 34Q80 48 100 34" fill="none" stroke="#6d8d69" stroke-width="4"/>' +
    '<path d="M50 124H110" stroke="#6d8d69" stroke-width="3"/>',
)

export const waxedTruckerCapSvg = svg(
  'Waxed Trucker Cap',
  '#efeee2',
  '<path d="M34 102Q34 46 80 46Q126 46 126 102Z" fill="#5d6838"/>' +
    '<path d="M80 46V102M58 52Q50 74 52 102M102 52Q110 74 108 102" fill="none" stroke="#4a532c" stroke-width="2"/>' +
    '<rect x="58" y="68" width="44" height="18" rx="3" fill="#d9cfb0"/>' +
    '<ellipse cx="80" cy="106" rx="56" ry="10" fill="#3f4726"/><circle cx="80" cy="46" r="4" fill="#4a532c"/>',
)

const sock = (fill: string, cuff: string) =>
  `<path d="M40 28H70V92Q70 100 78 104L106 116Q120 122 113 134Q106 144 92 138L50 120Q40 114 40 102Z" fill="${fill}"/>` +
  `<rect x="40" y="28" width="30" height="12" fill="${cuff}"/>` +
  `<path d="M92 138Q104 126 113 134Q106 144 92 138Z" fill="${cuff}"/>`

export const trailRunningSocksSvg = svg(
  'Trail Running Socks 3-pack',
  '#fdeee9',
  `<g transform="translate(24 -8)">${sock('#f2a541', '#c97f1e')}</g>${sock('#e0664e', '#b94a35')}`,
)

export const stonewareMugSvg = svg(
  'Stoneware Mug',
  '#edf0f3',
  '<path d="M106 66Q134 66 134 88Q134 110 106 110" fill="none" stroke="#4d6174" stroke-width="10"/>' +
    '<rect x="34" y="46" width="76" height="82" rx="10" fill="#5b7083"/>' +
    '<ellipse cx="72" cy="48" rx="38" ry="6" fill="#3f5264"/>' +
    '<g fill="#a3b3c2"><circle cx="52" cy="70" r="1.6"/><circle cx="84" cy="62" r="1.4"/>' +
    '<circle cx="66" cy="96" r="1.8"/><circle cx="94" cy="110" r="1.5"/><circle cx="48" cy="114" r="1.3"/></g>',
)

export const leatherCardHolderSvg = svg(
  'Leather Card Holder',
  '#f6ebe2',
  '<rect x="38" y="32" width="80" height="52" rx="6" fill="#2f6f8f" transform="rotate(-8 78 58)"/>' +
    '<rect x="30" y="56" width="100" height="72" rx="10" fill="#b06a3b"/>' +
    '<path d="M30 80Q80 94 130 80" fill="none" stroke="#8a4f28" stroke-width="3"/>' +
    '<rect x="36" y="62" width="88" height="60" rx="7" fill="none" stroke="#e0b48f" stroke-width="1.5" stroke-dasharray="4 3"/>',
)
