// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that only exist in Node: shared/ must run unchanged in the renderer. */
const nodeModules = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'events'];

const noElectron = {
  paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' }],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.electron-native/**',
      'test-results/**',
      'playwright-report/**',
      'test/artifacts/**',
      'scratch/**',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  // No module imports itself round a circle: each part of the app can be read from its imports down.
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Plain CommonJS launchers.
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The backend in plain Node, browser mode and the CLI never touch Electron.
  {
    files: ['electron/core/**', 'electron/web/**', 'electron/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...noElectron, patterns: [{ group: ['electron/*'], message: noElectron.paths[0].message }] },
      ],
    },
  },
  // shared/ is pure TypeScript: no Node, no DOM, no React, no Electron.
  {
    files: ['shared/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noElectron.paths,
            { name: 'react', message: 'shared/ holds no UI code.' },
            { name: 'react-dom', message: 'shared/ holds no UI code.' },
          ],
          patterns: [
            { group: nodeModules, message: 'shared/ runs in the renderer too: no Node modules.' },
            { group: ['react-*', '@mantine/*', '@tanstack/react-*'], message: 'shared/ holds no UI code.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing of ours.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'process',
          'Buffer',
          'require',
          '__dirname',
        ].map((name) => ({
          name,
          message: 'shared/ is pure TypeScript: no DOM or Node globals.',
        })),
      ],
    },
  },
  // The renderer is a web page: it reaches the core only through the contract.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron.paths,
          patterns: [
            {
              group: ['**/electron/**', 'electron/*'],
              message: 'The renderer talks to the core through shared/contract only.',
            },
            { group: nodeModules, message: 'The renderer is a sandboxed web page: no Node modules.' },
          ],
        },
      ],
    },
  },
);
