declare const __AISA_SETUP_VERSION__: string | undefined;

// Replaced by the bundler; tests run the sources directly and see 'dev'.
export const VERSION: string = typeof __AISA_SETUP_VERSION__ === 'string' ? __AISA_SETUP_VERSION__ : '0.0.0-dev';
