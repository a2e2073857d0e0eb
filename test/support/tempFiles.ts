import { join } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from './temp.js';

/**
 * For a test file: a function giving a new database path, each in a fresh temp folder, every
 * folder removed after each test. Call it once at the top of the file.
 */
export function tempDatabaseFiles(): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  return () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    return join(t.dir, 'zhibu.sqlite');
  };
}
