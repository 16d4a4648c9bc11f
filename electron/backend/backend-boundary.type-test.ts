/**
 * Compile-only check (run by `tsc -b`, never executed) that Electron's API does not exist for
 * the backend project: the `@ts-expect-error` fails the type check if the import below it ever
 * compiles, e.g. when tsconfig.backend.json loses its `electron` stub. Imports of shell/, host/
 * and cli/ fail with TS6307 (outside the project), which no directive can expect; the ESLint
 * rule checked by electron/lint-rules.test.ts covers those.
 */
// @ts-expect-error Electron's API is not available to the backend
import { app } from 'electron'; // eslint-disable-line no-restricted-imports -- the probe this file exists for

export const probe: unknown = app;
