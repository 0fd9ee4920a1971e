// Browser tests of the H5 build (dist/h5) in Debian's headless Chromium via playwright-core.
// Run after `npm run build:h5`: npm run test:browser
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/browser/**/*.test.mjs'],
  transform: {},
  testTimeout: 60000,
  maxWorkers: 1,
}
