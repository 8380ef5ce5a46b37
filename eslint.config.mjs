// ESLint for `npm run lint` (office-addin-lint picks this file up): the Office add-in rules and
// Prettier from eslint-plugin-office-addins, TypeScript parsing, and the globals each part uses.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  {
    ignores: ["dist/**", "node_modules/**", "test-artifacts/**", "coverage/**"],
  },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,cjs,mjs}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        Word: "readonly",
        OfficeRuntime: "readonly",
        CustomFunctions: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      // Types and interfaces are checked by tsc, which knows them; ESLint's core rules do not.
      "no-undef": "off",
      "no-unused-vars": "off",
      "no-redeclare": "off",
    },
  },
  {
    files: [
      "src/cli/**",
      "scripts/**",
      "bench/**",
      "test/**",
      "bin/**",
      "**/*.test.ts",
      "*.cjs",
      "*.js",
      "*.mjs",
    ],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // The Office.js load/sync rules match by variable name; they only make sense where Office.js is
    // called (src/taskpane/excel, src/taskpane/word). exceljs and the core have no proxies.
    files: ["src/core/**", "src/xlsx/**", "src/cli/**", "src/functions/**", "test/**", "bench/**", "scripts/**"],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "off"])),
  },
];
