import nx from '@nx/eslint-plugin';
import baseConfig from '../../../eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'ksc',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'ksc',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    // A ui library draws what it is given: no services, no HTTP (STYLE.md).
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='inject']",
          message: 'ui components take inputs and emit outputs; they do not inject services.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: '@angular/common/http', message: 'ui libraries do not fetch data.' }] }],
    },
  },
  {
    files: ['**/*.html'],
    // Override or add rules here
    rules: {},
  },
];
