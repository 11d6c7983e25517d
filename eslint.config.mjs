// ESLint flat config.
//
// typescript-eslint's `recommended`, not `recommendedTypeChecked`: the type-checked set builds both TypeScript
// programs (server and admin) and took about four times the CPU (56 s against 15 s) and six minutes on the shared two
// cores, and most of what it adds is no-unsafe-* on test code that reads JSON answers as `any` on purpose
// (tests/support/api-client.ts). Formatting is Prettier's job (`prettier --check` in `npm run lint`), so
// eslint-config-prettier comes last and turns every stylistic rule off.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules/', '.data/', 'admin/dist/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter kept for its position or type: express knows an error handler by its
      // four parameters (`_next`), and react-admin reads a field's `label` from the element, so a field component
      // declares `_props` it does not read. Leaving keys out of a copy is written as a destructuring with a rest.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Japanese text separates surname and given name with the full-width space U+3000 on purpose; it stays an error
      // anywhere else (code, comments).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  {
    // The server, the CLI, the tests, the benchmarks and the build configuration run on Node.
    ignores: ['admin/src/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // The admin app runs in the browser; react-hooks' recommended set includes the React Compiler's checks.
    files: ['admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat.recommended,
  },
  prettier,
);
