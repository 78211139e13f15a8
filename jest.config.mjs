/** Jest in ESM mode (NestJS 12 ships ESM only): run with NODE_OPTIONS=--experimental-vm-modules. */
export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  // test/citus/ runs only under `npm run test:citus` (jest.citus.config.mjs).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/citus/'],
  extensionsToTreatAsEsm: ['.ts'],
  // `./x.js` → `./x` (TypeScript sources); not `*.json.js`, the modules libphonenumber-js ships so
  // that its metadata is imported as JavaScript, not as JSON without an import attribute.
  moduleNameMapper: { '^(\\.{1,2}/.*)(?<!\\.json)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        tsconfig: 'tsconfig.jest.json',
        astTransformers: { before: ['<rootDir>/test/support/swagger-plugin.cjs'] },
      },
    ],
  },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 2,
};
