import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInstallation } from '../../electron/services/installation.js';
import { enrolBranch, importEnrolment } from '../../electron/sync/enrol.js';
import { exportBundle } from '../../electron/sync/exporter.js';
import { importBundle } from '../../electron/sync/importer.js';
import { contractOf } from '../support/api.js';
import { SAMPLE_BRANCH, tempDir, tempInstallation, type TestInstallation } from '../support/temp.js';
import { contentHash } from './support.js';

const NOW = '2026-11-23T09:00:00Z';
let branch: TestInstallation;
let dir: string;
let cleanup: () => void;

beforeEach(async () => {
  branch = await tempInstallation({ nodeId: 'bbbbbbbbbbbbbbbb' });
  ({ dir, cleanup } = tempDir('zhibu-crash-'));
});
afterEach(async () => {
  await branch.dispose();
  cleanup();
});

/** Many rows, written directly, so the import transaction lasts long enough to be cut. */
function bulkGroups(n: number): void {
  const sqlite = branch.database.sqlite;
  const insert = sqlite.prepare(
    'INSERT INTO party_group (id, created_at, updated_at, name, leader_name, sort_order) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const log = sqlite.prepare(
    "INSERT INTO change_log (table_name, row_id, hlc, op, columns) VALUES ('party_group', ?, ?, 'insert', '[]')",
  );
  sqlite.transaction(() => {
    for (let i = 0; i < n; i += 1) {
      const id = `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
      const hlc = `2026-11-23T09:00:00.000Z_${(i % 65536).toString(16).padStart(4, '0')}_bbbbbbbbbbbbbbbb`;
      insert.run(id, hlc, hlc, `第${i}党小组`, '', i);
      log.run(id, hlc);
    }
  })();
}

describe('crash safety', () => {
  it('a process killed in the middle of an import leaves the database as it was; the file then imports', async () => {
    const officePath = join(dir, 'office.sqlite');
    const office = await openInstallation(officePath, { nodeId: 'aaaaaaaaaaaaaaaa' });
    await contractOf(office).ok('org.setup', {
      ...SAMPLE_BRANCH,
      mode: 'office',
      name: '中共城关镇委员会',
      code: 'CG01',
      orgType: 'organ',
    });
    await contractOf(branch).ok('org.setup', SAMPLE_BRANCH);
    await importEnrolment(branch.ctx.db, await enrolBranch(office.ctx.db, { code: 'DF001', name: '东风村' }, NOW), NOW);
    bulkGroups(60_000);
    const file = join(dir, 'big.zbx');
    writeFileSync(file, (await exportBundle(branch.ctx.db, 'CG01', NOW)).bytes);
    const before = await contentHash(office);
    await office.close();

    const child = spawn(process.execPath, ['test/sync/importChild.mjs', officePath, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('begin')) resolve();
      }),
    );
    await new Promise((r) => setTimeout(r, 250));
    child.kill('SIGKILL');
    await exited;
    expect(out).not.toContain('done');

    const after = await openInstallation(officePath);
    expect(await contentHash(after)).toBe(before);
    const r = await importBundle(after.ctx, (await import('node:fs')).readFileSync(file), NOW);
    expect(r.applied).toBeGreaterThan(60_000);
    await after.close();
  }, 120_000);
});
