/**
 * What `electron` resolves to inside the backend project (tsconfig.backend.json `paths`):
 * a module with no exports. The backend runs under plain Node — tests, the CLI, the browser
 * host — so `import { app } from 'electron'` here must not compile; keep Electron in shell/.
 */
export {};
