import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bundleContents,
  type BundleFile,
  type ExchangeStatus,
  type ExportAll,
  type ImportLine,
  type MemberDetail,
  type PeerStatus,
} from '../../electron/api/index.js';
import { contractOf } from '../support/api.js';
import { person } from '../support/people.js';
import { tempDir } from '../support/temp.js';
import { county, type County } from './county.js';
import { contentHash } from './support.js';

let c: County;
let stick: string;
let cleanup: () => void;
beforeEach(async () => {
  c = await county();
  ({ dir: stick, cleanup } = tempDir('zhibu-all-'));
});
afterEach(async () => {
  await c.dispose();
  cleanup();
});

const DAY = 86_400_000;
const office = () => contractOf(c.office);

async function peer(code: string): Promise<PeerStatus> {
  const s = await office().ok<ExchangeStatus>('exchange.status', {});
  const p = s.peers.find((x) => x.code === code);
  if (!p) throw new Error(`no peer ${code}`);
  return p;
}

/** Imports the bundle files in `dir` addressed to `code` into that branch, each on its own. */
async function importOn(to: typeof c.a, names: string[]): Promise<ImportLine[]> {
  const files = names.map((n) => ({ fileName: n, base64: readFileSync(join(stick, n)).toString('base64') }));
  return contractOf(to).ok<ImportLine[]>('exchange.import', { files });
}

describe('exchange.status per branch', () => {
  it('carries when the latest bundle came and went, its rows, and whether a reply is due', async () => {
    const received = new Date(c.office.clock.nowMs()).toISOString();
    expect(await peer('DF001')).toMatchObject({
      lastReceivedAt: received,
      lastSentAt: null,
      lastSentRows: null,
      sendDue: 'receipt',
    });
    expect((await peer('DF001')).lastReceivedRows).toBeGreaterThan(0);

    c.office.clock.advance(DAY);
    const out = await office().ok<BundleFile & { rows: number }>('exchange.export', { peer: 'DF001' });
    expect(await peer('DF001')).toMatchObject({
      lastReceivedAt: received,
      lastSentAt: new Date(c.office.clock.nowMs()).toISOString(),
      lastSentRows: out.rows,
      sendDue: null,
    });
    expect((await peer('XH002')).sendDue).toBe('receipt');

    // A new bundle from the branch: received later, with its own row count; a receipt is due.
    await contractOf(c.a).ok<MemberDetail>('members.create', person({ name: '王五' }));
    c.office.clock.advance(DAY);
    await c.pass(c.a, c.office);
    const s = await office().ok<ExchangeStatus>('exchange.status', {});
    const latest = s.history.find((h) => h.direction === 'in' && h.peer === 'DF001');
    expect(latest?.seq).toBe(2);
    expect(await peer('DF001')).toMatchObject({
      lastReceivedAt: new Date(c.office.clock.nowMs()).toISOString(),
      lastReceivedRows: latest?.rows,
      sendDue: 'receipt',
    });

    // The office's own change for every branch: data is due to each one already answered.
    await office().ok('exchange.export', { peer: 'DF001' });
    expect((await peer('DF001')).sendDue).toBeNull();
    await office().ok('notices.save', { title: '通知', body: '请按时上报。', dueOn: '2026-12-30', recipients: '*' });
    expect((await peer('DF001')).sendDue).toBe('data');
  });

  it('has no dates for a branch that never sent a bundle, and no reply due to a stopped one', async () => {
    await office().ok('exchange.enrolBranch', { code: 'NS003', name: '南山村党支部' });
    expect(await peer('NS003')).toMatchObject({
      keysKnown: false,
      lastReceivedAt: null,
      lastReceivedRows: null,
      lastSentAt: null,
      sendDue: null,
    });
    await office().ok('exchange.revokeBranch', { code: 'XH002', confirm: true });
    expect(await peer('XH002')).toMatchObject({ revoked: true, sendDue: null });
  });
});

describe('export labels', () => {
  it('calls a bundle 全部数据 only when it is the first or a recovery one', async () => {
    const first = await office().ok<{ full: boolean; rows: number }>('exchange.export', { peer: 'DF001' });
    expect(first.full).toBe(true);
    // Not yet confirmed by the branch: a resend, not 全部数据.
    const second = await office().ok<{ full: boolean; rows: number }>('exchange.export', { peer: 'DF001' });
    expect(second.full).toBe(false);
    const recovery = await office().ok<{ full: boolean }>('exchange.export', { peer: 'DF001', full: true });
    expect(recovery.full).toBe(true);

    expect(bundleContents({ rows: 0, full: false })).toBe('确认收到（无新数据）');
    expect(bundleContents({ rows: 0, full: true })).toBe('确认收到（无新数据）');
    expect(bundleContents({ rows: 3, full: false })).toBe('增量，3 条记录');
    expect(bundleContents({ rows: 12, full: true })).toBe('全部数据，12 条记录');
  });
});

describe('exchange.exportAll', () => {
  it('writes one bundle per active branch, each importing on its branch; skips stopped and keyless ones', async () => {
    await office().ok('exchange.enrolBranch', { code: 'NS003', name: '南山村党支部' });
    const r = await office().ok<ExportAll>('exchange.exportAll', { dir: stick });
    expect(r).toMatchObject({ dir: stick, written: 2, revoked: 0 });
    expect(r.lines.map((l) => [l.code, l.status, l.fileName])).toEqual([
      ['DF001', 'written', 'CG01-至-DF001-第1号.zbx'],
      ['NS003', 'skipped', null],
      ['XH002', 'written', 'CG01-至-XH002-第1号.zbx'],
    ]);
    expect(r.lines[1]?.message).toBe('还没有发来第一个数据包，暂不能向其导出');
    expect(readdirSync(stick).sort()).toEqual(['CG01-至-DF001-第1号.zbx', 'CG01-至-XH002-第1号.zbx']);

    const [east] = await importOn(c.a, ['CG01-至-DF001-第1号.zbx']);
    const [west] = await importOn(c.b, ['CG01-至-XH002-第1号.zbx']);
    expect(east).toMatchObject({ ok: true });
    expect(west).toMatchObject({ ok: true });
    // A bundle addressed to the other branch is refused there.
    expect((await importOn(c.a, ['CG01-至-XH002-第1号.zbx']))[0]).toMatchObject({ ok: false });

    // The next round goes under the next numbers beside the old files; a stopped branch gets none.
    await office().ok('exchange.revokeBranch', { code: 'XH002', confirm: true });
    const again = await office().ok<ExportAll>('exchange.exportAll', { dir: stick });
    expect(again).toMatchObject({ written: 1, revoked: 1 });
    expect(again.lines.map((l) => [l.code, l.status])).toEqual([
      ['DF001', 'written'],
      ['NS003', 'skipped'],
    ]);
    expect(readdirSync(stick)).toHaveLength(3);
    expect(readdirSync(stick).filter((n) => n.endsWith('.part'))).toEqual([]);
    expect((await importOn(c.a, ['CG01-至-DF001-第2号.zbx']))[0]).toMatchObject({ ok: true });
  });

  it('never overwrites: that branch fails with the reason and keeps its number, the others go on', async () => {
    writeFileSync(join(stick, 'CG01-至-DF001-第1号.zbx'), 'older file');
    const r = await office().ok<ExportAll>('exchange.exportAll', { dir: stick });
    expect(r.lines.map((l) => [l.code, l.status, l.message])).toEqual([
      ['DF001', 'failed', '文件夹中已有同名文件：CG01-至-DF001-第1号.zbx（不会覆盖）'],
      ['XH002', 'written', expect.stringMatching(/^第 1 号（/)],
    ]);
    expect(readFileSync(join(stick, 'CG01-至-DF001-第1号.zbx'), 'utf8')).toBe('older file');
    expect((await peer('DF001')).lastSent).toBe(0);
    expect(existsSync(join(stick, 'CG01-至-XH002-第1号.zbx'))).toBe(true);
  });

  it('refuses a bad folder in Chinese before exporting anything, and is for the office only', async () => {
    const before = await contentHash(c.office);
    expect(await office().refusal('exchange.exportAll', { dir: 'relative/folder' })).toMatchObject({
      field: 'dir',
      message: '文件夹须填写完整路径（例如 E:\\ 或 /media/用户名/U盘）',
    });
    expect(await office().refusal('exchange.exportAll', { dir: join(stick, 'missing') })).toMatchObject({
      field: 'dir',
      message: `文件夹不存在：${join(stick, 'missing')}（U 盘是否已插好？）`,
    });
    const file = join(stick, 'a.txt');
    writeFileSync(file, 'x');
    expect(await office().refusal('exchange.exportAll', { dir: file })).toMatchObject({
      field: 'dir',
      message: `这不是文件夹：${file}`,
    });
    expect(await office().refusal('exchange.exportAll', {})).toMatchObject({
      field: 'dir',
      message: '请选择 U 盘或填写文件夹',
    });
    expect(await contentHash(c.office)).toBe(before);
    expect(await contractOf(c.a).refusal('exchange.exportAll', { dir: stick })).toMatchObject({
      message: '只有上级党委可以给全部支部导出；支部请用“导出”',
    });
    expect(readdirSync(stick)).toEqual(['a.txt']);
  });
});
