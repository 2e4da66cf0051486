import eslintConfigPrettier from 'eslint-config-prettier'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import vueParser from 'vue-eslint-parser'

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|exec)$/] > TemplateLiteral[expressions.length>0]',
          message: 'Build SQL with ? parameters only, never with template expressions.',
        },
      ],
      'vue/multi-word-component-names': 'off',
      // Vue 3.5 style: props destructured from defineProps with their defaults, never withDefaults.
      'vue/define-props-destructuring': ['error', { destructure: 'only-when-assigned' }],
    },
  },
  {
    // Test support lives in test/; product code never reaches into it.
    files: ['electron/**/*.ts', 'src/**/*.ts', 'src/**/*.vue'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)test/', message: 'Product code does not import test support (test/).' }] },
      ],
    },
  },
  {
    // Component tests stand in for window.api with typed doubles, so a double cannot drift from the contract.
    files: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='hoisted'] CallExpression[callee.object.name='vi'][callee.property.name='fn']",
          message: 'Build API doubles with apiDouble() from test/renderer/api-double.ts.',
        },
      ],
    },
  },
  {
    // The sandboxed preload bundles what it imports: the method names and buildApi, never the schemas.
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '#shared/contract',
              message: 'Import #shared/api and #shared/methodNames.',
              allowTypeImports: true,
            },
            { name: 'zod', message: 'The preload validates nothing; the back end does.' },
          ],
        },
      ],
    },
  },
  {
    // Only the shell may touch Electron; everything else (the back end and its worker included) stays plain
    // Node or plain browser code.
    files: ['electron/main/services/**', 'electron/main/db/**', 'electron/main/worker/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only the Electron shell imports electron.' }] },
      ],
    },
  },
  {
    // The renderer never touches Electron, and BaseChart.vue is the one place that runs chart.js.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/components/common/BaseChart.vue'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only the Electron shell imports electron.' },
            { name: 'chart.js', message: 'Draw charts through BaseChart.vue.', allowTypeImports: true },
            {
              name: 'chartjs-plugin-annotation',
              message: 'Draw charts through BaseChart.vue.',
              allowTypeImports: true,
            },
            { name: 'vue-chartjs', message: 'Draw charts through BaseChart.vue.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  eslintConfigPrettier,
)
