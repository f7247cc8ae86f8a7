/**
 * Core's validation, loaded on first use by `ValidationController`: a file of its own next to the
 * browser bundle (`validator.js`, see tsup.config.ts) and a chunk of its own in an app's bundler
 * build, so that the form paints and takes keystrokes before it has arrived. In the browser
 * bundle the file carries its own copy of core's language registry: `hasLanguage` and
 * `registerLanguage` let the controller give it the packs the page has loaded. It also names a
 * period as the document will (`periodLabel`, with date-fns, which the page does not carry).
 */
export { hasLanguage, periodLabel, registerLanguage, validate } from "@doingoai/core/lite";
