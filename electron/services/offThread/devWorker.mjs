// The worker thread when the app runs from TypeScript sources (vitest, tsx): a worker thread
// does not inherit the parent's TypeScript loader, so it loads worker.ts through tsx itself.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
