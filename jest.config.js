/**
 * Jest for the pure modules (node) and the pages (jsdom). Taro's runtime is replaced by small
 * in-memory mocks in tests/mocks; NutUI's ES build is transformed by babel (test branch of
 * babel.config.js), which also rewrites `import { X } from '@nutui/nutui-react-taro'` per component.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  // tests/weapp runs on the built package with its own config (npm run test:weapp).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/weapp/'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
  moduleNameMapper: {
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/mocks/style.ts',
    '^@tarojs/taro$': '<rootDir>/tests/mocks/taro.ts',
    '^@tarojs/components$': '<rootDir>/tests/mocks/components.tsx',
    // Files with one version per platform (index.h5.tsx / index.weapp.tsx): tests run the H5 one.
    '^@/(components/chart|features/share/components/poster-maker)$': '<rootDir>/src/$1/index.h5.tsx',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  // NutUI, Taro, echarts and zrender ship ES modules; everything else in node_modules is CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@nutui|@tarojs|echarts|zrender|echarts-for-weixin)/)'],
  clearMocks: true,
}
