import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: 'Use PageLink: it follows a link with the router, for less code than next/link.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ is the logic worth unit-testing without a DOM: it knows nothing of React, Next, the UI or the stores.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/ is plain TypeScript: no React.' },
            { group: ['next', 'next/*'], message: 'lib/ is plain TypeScript: no Next.js.' },
            {
              group: ['@/components/*', '@/store/*', '@/hooks/*', '@/app/*', 'zustand', 'zustand/*'],
              message: 'lib/ must not reach into the UI or the stores; they depend on lib/, not the other way round.',
            },
          ],
        },
      ],
    },
  },
  // Playwright's fixtures hand each test to a function named `use`, which is not React's.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  // Next.js reads next.config.js as CommonJS, before anything is compiled: require is how it takes headers.js.
  { files: ['next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'coverage/**',
    'bench/**',
    'public/sw.js',
    'test-results/**',
  ]),
]);
