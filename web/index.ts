// The dashboard's public surface: page routes for the server, and the pieces tests and other fronts reuse.
export { pageRoutes, pageContext, sendPage, sendErrorPage } from './routes.js';
export { convertHtml, convertText, pageScript, SCRIPT_COOKIE, type PageScript } from './script-switch.js';
export { markFacts, markMatches, parseHighlight, spanAnchor, type FactSpan } from './highlight.js';
export { layout, type PageContext, type PageOptions, type Section } from './layout.js';
export { h, join, type Html } from './html.js';
