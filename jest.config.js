/**
 * One jest run covers every tier; the integration tiers share one PostgreSQL started in globalSetup.
 * A few dependencies ship only ES modules (p-limit under slonik); jest's CommonJS runtime on Node 20 cannot require
 * them, so ts-jest compiles exactly those packages too.
 */
const esmOnly = ['p-limit', 'yocto-queue'];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } }] },
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly.join('|')})/)`],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  testTimeout: 60000,
};
