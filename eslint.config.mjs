// Lint as Microsoft's add-in templates do (their office-addin-lint runs eslint-plugin-office-addins'
// configs), here directly: typescript-eslint, the Office add-in rules with React, the React hooks
// rules, and eslint-config-prettier so that no lint rule argues with the formatter.
import js from "@eslint/js";
import prettierConfig from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import prettierPlugin from "eslint-plugin-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The plugin's configs bring their own (older) typescript-eslint plugin and parser; ESLint refuses a
// plugin name defined twice, so the project's typescript-eslint is the one registered and used.
const officeReact = officeAddins.configs.react.map((config) => {
  if (config.plugins === undefined || !("@typescript-eslint" in config.plugins)) return config;
  const { "@typescript-eslint": _older, ...plugins } = config.plugins;
  return { ...config, plugins };
});

export default tseslint.config(
  { ignores: ["dist/", "lib/", "build/", "coverage/", "test-results/", "node_modules/"] },
  ...officeReact,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  prettierConfig,
  {
    plugins: { prettier: prettierPlugin },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: "latest",
      sourceType: "module",
    },
    rules: {
      // As the templates' config: Prettier runs as a lint rule, so an unformatted line is a finding
      // (`npm run prettier` formats the tree).
      "prettier/prettier": "error",
      // With the automatic JSX runtime (tsconfig "jsx": "react-jsx") React need not be in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // Props are typed by TypeScript.
      "react/prop-types": "off",
      // `_name` marks a value left out on purpose (a destructured field that is dropped).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // custom-functions-metadata reads the parameter types: `any` is how a custom function declares a
    // cell or range of any type (a range is any[][]), so here it is the API, not a hole in the types.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // src/excel reads and writes in chunks sized to Excel's payload limit: each chunk's sync must finish
    // before the next chunk is queued (and a too-large one is retried smaller), so syncs run in loops.
    files: ["src/excel/**"],
    rules: { "office-addins/no-context-sync-in-loop": "off" },
  },
  {
    files: ["src/taskpane/**", "src/functions/**", "src/excel/**", "test/browser/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/cli/**", "bench/**", "test/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ["scripts/**/*.js", "bin/**/*.js", "*.config.js", "*.config.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
);
