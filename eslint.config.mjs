// ESLint flat config: typescript-eslint's recommended rules, React hooks, Microsoft's Office add-in rules, and
// eslint-config-prettier last so formatting is left to Prettier (`npm run format`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "out/", "coverage/", "test-artifacts/", "node_modules/", "**/*.js", "!eslint.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are errors (tsc's noUnusedLocals/noUnusedParameters report them too); a leading _ marks an
      // intentionally unused parameter or destructured element.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // Off: the normalisers and CSV/XML readers match control characters on purpose, to strip or reject them.
      "no-control-regex": "off",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts", "src/addin/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "office-addins": officeAddins },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/load-object-before-read": "error",
      // Off: every sync goes through trackedSync(context, ...) (it counts requests and payload bytes), which these two
      // rules cannot follow; the fake Excel host in the e2e tests enforces load-sync-read at run time instead.
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The engine is pure: no Node, DOM or Office globals.
    files: ["src/engine/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "os", "crypto", "worker_threads", "child_process"] },
      ],
    },
  },
  prettier,
);
