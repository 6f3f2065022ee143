/**
 * OpenClaw's provider discovery entry (manifest `providerCatalogEntry`): the plugin's own provider,
 * re-exported from the built index.js so nothing is bundled twice (scripts/build-options.mjs keeps
 * `./index.js` external).
 */
export { providers } from './index.js';
