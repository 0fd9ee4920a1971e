// H5 only: stands in for the fetch and AbortController polyfills that Taro's request API imports
// (config/index.ts aliases them here). Every browser the app supports, WeChat's included, has both
// natively; the polyfills cost 7 KiB gzip of the first screen for nobody.
