import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openData } from '../support/cipher.js';
import { tempDir } from '../support/temp.js';
import { zhibu } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('zhibu-cli-backup-'));
});
afterEach(() => cleanup());

/** The real `zhibu` bin run to the end in the background, so file watchers keep running meanwhile. */
function zhibuInBackground(args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, ['scripts/zhibu.mjs', ...args], { stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', resolve));
}

/** An office and a branch enrolled with each other: both hold keys and the enrolment secret. */
function enrolledPair(): { office: string; branch: string } {
  const office = join(dir, 'office.sqlite');
  const branch = join(dir, 'branch.sqlite');
  expect(zhibu(['init', '--db', office, '--role', 'office', '--name', '中共城关镇委员会', '--code', 'CG01']).code).toBe(
    0,
  );
  expect(
    zhibu(['init', '--db', branch, '--role', 'branch', '--name', '中共东风村支部委员会', '--code', 'DF001']).code,
  ).toBe(0);
  const file = join(dir, 'DF001.zbenrol');
  const enrol = zhibu(['office', 'enrol', '--db', office, '--name', '东风村党支部', '--code', 'DF001', '--out', file]);
  expect(enrol.code).toBe(0);
  expect(zhibu(['enrol', '--db', branch, file]).code).toBe(0);
  return { office, branch };
}

/** Every private value of an installation: its two key seeds and each enrolment secret. */
function secretsOf(path: string): Buffer[] {
  const db = openData(path, { readonly: true });
  try {
    const identity = db.prepare("SELECT value FROM local_meta WHERE key = 'identity'").get() as { value: string };
    const seeds = JSON.parse(identity.value) as { sign: string; enc: string };
    const secrets = (db.prepare('SELECT secret FROM sync_peer').all() as { secret: string }[]).map((r) => r.secret);
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of secrets) expect(s.length).toBeGreaterThan(8);
    return [seeds.sign, seeds.enc, ...secrets].map((s) => Buffer.from(s));
  } finally {
    db.close();
  }
}

/** Which of `secrets` the file's bytes contain (free pages included). */
function leaked(file: string, secrets: Buffer[]): string[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return [];
  }
  return secrets.filter((s) => bytes.includes(s)).map((s) => s.toString());
}

describe('zhibu backup and secrets', () => {
  it('strips the keys and every enrolment secret, on the office and on the branch', () => {
    const { office, branch } = enrolledPair();
    for (const db of [office, branch]) {
      const secrets = secretsOf(db);
      const out = join(dir, `copy-${db.endsWith('office.sqlite') ? 'office' : 'branch'}.sqlite`);
      const r = zhibu(['backup', '--db', db, '--out', out]);
      expect(r.code).toBe(0);
      expect(leaked(out, secrets)).toEqual([]);
      const copy = openData(out, { readonly: true, databasePath: db });
      expect(copy.prepare("SELECT count(*) AS n FROM local_meta WHERE key = 'identity'").get()).toEqual({ n: 0 });
      expect(copy.prepare("SELECT count(*) AS n FROM sync_peer WHERE secret <> ''").get()).toEqual({ n: 0 });
      // The rest of the enrolment bookkeeping is kept.
      expect(copy.prepare('SELECT count(*) AS n FROM sync_peer').get()).toEqual({ n: 1 });
      copy.close();
      // The original keeps its secrets.
      expect(secretsOf(db)).toEqual(secrets);
    }
    // Nothing left beside the data files either.
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 300_000);

  it('never lets a byte holding a key reach the target folder, even when killed half-way', async () => {
    const { branch } = enrolledPair();
    const secrets = secretsOf(branch);
    // A big data file (its keys in the first pages) makes the copy slow enough to watch.
    const db = openData(branch);
    db.exec('CREATE TABLE filler (b BLOB)');
    const insert = db.prepare('INSERT INTO filler (b) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 300; i += 1) insert.run(randomBytes(100_000));
    })();
    db.close();

    const target = join(dir, 'usb');
    mkdirSync(target);
    const seen: string[] = [];
    const scan = () => {
      // One leak is enough to fail; reading the whole folder again at every write would only be slow.
      if (seen.length === 0) for (const name of readdirSync(target)) seen.push(...leaked(join(target, name), secrets));
    };
    const out = join(target, 'backup.sqlite');

    // Watched to the end: no version of any file in the folder ever holds a key.
    const watcher = watch(target, scan);
    const finished = await zhibuInBackground(['backup', '--db', branch, '--out', out]);
    watcher.close();
    expect(finished).toBe(0);
    scan();
    expect(seen).toEqual([]);
    // The copy's key file (the data key wrapped for this PC, docs/decisions.md) goes beside it.
    expect(readdirSync(target).sort()).toEqual(['backup.sqlite', 'backup.sqlite.key']);

    // Killed the moment anything appears in the folder: what is left holds no key.
    const second = join(target, 'second.sqlite');
    const child = spawn(process.execPath, ['scripts/zhibu.mjs', 'backup', '--db', branch, '--out', second], {
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const killer = watch(target, () => {
      scan();
      child.kill('SIGKILL');
    });
    await exited;
    killer.close();
    scan();
    expect(seen).toEqual([]);
  }, 300_000);
});
