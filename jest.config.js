/** Jest in native ESM mode: NestJS 12 ships ES modules only. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // @fastify/static requires content-disposition 3, an ES module: Node 20 requires it natively,
    // jest's runtime does not (before Node 24.9). Version 2 is the same API in CommonJS.
    '^content-disposition$': '<rootDir>/node_modules/content-disposition/dist/index.js',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testRegex: '(src|test)/.*\\.(e2e-)?spec\\.ts$',
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
};
