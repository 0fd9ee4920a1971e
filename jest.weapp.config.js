// Tests of the weapp package as WeChat would upload it (after `npm run build:weapp && npm run
// compile:weapp`): the share handlers, the page pictures, taps through WeChat's component framework.
// Run: npm run test:weapp
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testTimeout: 120000,
  maxWorkers: 1,
}
