import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LESSONS = readdirSync('src/lessons', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The README's layering ("Architecture"), as lint: an import across a boundary fails the build.
 * Paths are relative to the repository root.
 */
const LAYER_ZONES = [
  // A lesson is self-contained: what two lessons share lives below them (components, hooks, …).
  ...LESSONS.map((lesson) => ({
    target: `./src/lessons/${lesson}`,
    from: './src/lessons',
    except: [`./${lesson}`],
    message: 'Lessons do not import each other; move what they share to src/components, src/hooks or below.',
  })),
  {
    target: './src/lessons',
    from: './src/features/listings',
    except: ['./index.ts'],
    message: 'Import the listings feature through its public src/features/listings/index.ts.',
  },
  {
    target: './src/state',
    from: ['./src/app', './src/lessons', './src/components', './src/hooks'],
    message: 'Stores sit below the pages: the app shell and lessons read them, not the other way round.',
  },
  {
    target: './src/components',
    from: ['./src/app', './src/lessons', './src/state'],
    message: 'Shared components take what they show as props; pages read the stores.',
  },
  {
    target: './src/charts',
    from: ['./src/app', './src/lessons', './src/state', './src/hooks'],
    message: 'Charts draw what they are given: they are below pages, stores and hooks.',
  },
  {
    target: ['./src/data', './src/embedding', './src/workers'],
    from: ['./src/app', './src/lessons', './src/state', './src/components', './src/hooks', './src/charts'],
    message: 'Data, embedding and workers know nothing of pages, stores, hooks or UI.',
  },
  {
    target: './src/math',
    from: './src',
    except: ['./math'],
    message: 'src/math is pure functions: it imports nothing else from the app.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'fixtures', 'node_modules', 'test-results', 'playwright-report'],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render user text as text.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Only the embedding layer may know transformers.js exists.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/embedding/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@huggingface/transformers', 'onnxruntime-*'], message: 'Use src/embedding/client.' },
          ],
        },
      ],
    },
  },
);
