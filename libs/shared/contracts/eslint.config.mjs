import baseConfig from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The contracts are what the API and the dashboard share: plain types, constants and functions,
    // no framework and no package (a package imported here would ship to both sides).
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^[^.]', message: 'Contracts import only from their own folder.' }] }],
    },
  },
];
