import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.js';
import { SAMPLE_BRANCH, tempDir } from '../../test/support/temp.js';
import { newSession } from './access/session.js';
import { dispatch } from './dispatch.js';
import type { Installation } from './installation.js';
import { startInstallation } from './startInstallation.js';

let folder: string;
let cleanup: () => void;
beforeEach(() => ({ dir: folder, cleanup } = tempDir('zhibu-start-')));
afterEach(() => cleanup());

const ADMIN = { name: '王书记', password: 'admin-pass' };

describe('startInstallation', () => {
  it('opens at once when this PC opens the key, runs onOpen once, and closes', async () => {
    const path = join(folder, 'zhibu.sqlite');
    const opened: Installation[] = [];
    const started = await startInstallation(path, {
      clock: fixedClock('2026-11-23'),
      onOpen: (i) => void opened.push(i),
    });
    expect(started.locked).toBe(false);
    expect(opened).toHaveLength(1);
    expect(started.installation).toBe(opened[0]);
    expect(started.gate.ctx).toBe(opened[0]?.ctx);
    expect(await started.gate.call(newSession(), 'auth.status', {})).toMatchObject({
      ok: true,
      value: { needsAdmin: true },
    });
    await started.close();
    expect(started.installation).toBeNull();
    expect(opened[0]?.database.sqlite.open).toBe(false);
  });

  it('closes what a locked start opened when onOpen fails, and the next right login opens it afresh', async () => {
    const path = join(folder, 'zhibu.sqlite');
    const clock = fixedClock('2026-11-23');
    const first = await startInstallation(path, { clock });
    const operator = { ...first.installation!.ctx, session: newSession() };
    expect(await dispatch(operator, 'auth.setupAdmin', ADMIN)).toMatchObject({ ok: true });
    expect(await dispatch(operator, 'org.setup', SAMPLE_BRANCH)).toMatchObject({ ok: true });
    expect(await dispatch(operator, 'users.setPasswordOnly', { passwordOnly: true })).toMatchObject({ ok: true });
    await first.close();

    const opened: Installation[] = [];
    const started = await startInstallation(path, {
      clock,
      onOpen: (i) => {
        opened.push(i);
        if (opened.length === 1) throw new Error('start-up check failed');
      },
    });
    expect(started.locked).toBe(true);
    expect(opened).toHaveLength(0);
    const session = newSession();
    const logged: string[] = [];
    expect(await started.gate.call(session, 'auth.login', ADMIN, (op) => logged.push(op))).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: '数据未能打开，请重试' },
    });
    expect(logged).toEqual(['auth.login']);
    expect(opened[0]?.database.sqlite.open).toBe(false);
    expect(started.installation).toBeNull();

    expect(await started.gate.call(session, 'auth.login', ADMIN)).toMatchObject({ ok: true });
    expect(opened).toHaveLength(2);
    expect(started.installation).toBe(opened[1]);
    expect(await started.gate.call(session, 'org.get', {})).toMatchObject({
      ok: true,
      value: { name: SAMPLE_BRANCH.name },
    });
    await started.close();
    expect(opened[1]?.database.sqlite.open).toBe(false);
  });
});
