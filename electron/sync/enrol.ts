import { createHmac, randomBytes, sign, verify } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { findOwnOrganization } from '../../db/queries/organization.js';
import type { Database } from '../../db/schema.js';
import { BundleError } from './errors.js';
import { ensureIdentity } from './identity.js';
import { ed25519Private, ed25519Public, fingerprint, publicKeys, type PublicKeys } from './keys.js';

/** The .zbenrol file: the office's public keys, the branch it is for, and a one-time secret. */
export interface Enrolment {
  format: 1;
  type: 'zhibu-enrol';
  office: { code: string; name: string } & PublicKeys;
  branch: { code: string; name: string };
  secret: string;
  created: string;
}

/** A peer starts with no bundles either way. */
const FRESH = { last_seq_sent: 0, last_seq_received: 0, peer_acked: 0, revoked: 0 };

function canonical(e: Enrolment): Buffer {
  return Buffer.from(JSON.stringify(e), 'utf8');
}

async function ownOrg(db: Kysely<Database>, mode: 'branch' | 'office') {
  const org = await findOwnOrganization(db);
  if (!org) throw new BundleError('NOT_ENROLLED', '尚未完成首次设置');
  if (org.mode !== mode)
    throw new BundleError(
      'NOT_ENROLLED',
      mode === 'office' ? '只有上级党委才能登记支部' : '只有党支部才能导入登记文件',
    );
  return org;
}

/**
 * Office side: records the branch and returns the signed enrolment file's text. `again`
 * enrols a branch anew (its PC was replaced): the old keys stop being accepted.
 */
export async function enrolBranch(
  db: Kysely<Database>,
  branch: { code: string; name: string },
  now: string,
  again = false,
): Promise<string> {
  const org = await ownOrg(db, 'office');
  // Organisation codes are kept in capitals (see the setup form), so compare them so.
  branch = { ...branch, code: branch.code.trim().toUpperCase() };
  const id = await ensureIdentity(db);
  const existing = await db.selectFrom('sync_peer').select('code').where('code', '=', branch.code).executeTakeFirst();
  if (existing && !again) throw new BundleError('ALREADY_ENROLLED', `代码为 ${branch.code} 的支部已经登记过`);
  const secret = randomBytes(32).toString('base64url');
  if (existing)
    await db
      .updateTable('sync_peer')
      .set({
        name: branch.name,
        secret,
        sign_pub: null,
        enc_pub: null,
        enrolled_at: now,
        last_seq_received: 0,
        peer_acked: 0,
        revoked: 0,
      })
      .where('code', '=', branch.code)
      .execute();
  else
    await db
      .insertInto('sync_peer')
      .values({
        code: branch.code,
        role: 'branch',
        name: branch.name,
        sign_pub: null,
        enc_pub: null,
        secret,
        enrolled_at: now,
        ...FRESH,
      })
      .execute();
  const e: Enrolment = {
    format: 1,
    type: 'zhibu-enrol',
    office: { code: org.code, name: org.name, ...publicKeys(id) },
    branch,
    secret,
    created: now,
  };
  return JSON.stringify(
    { enrolment: e, signature: sign(null, canonical(e), ed25519Private(id.signSeed)).toString('base64url') },
    null,
    2,
  );
}

/** Branch side: checks and stores the office's keys; returns the office's fingerprint to compare. */
export async function importEnrolment(
  db: Kysely<Database>,
  text: string,
  now: string,
): Promise<{ office: string; fingerprint: string }> {
  const org = await ownOrg(db, 'branch');
  let parsed: { enrolment: Enrolment; signature: string };
  try {
    parsed = JSON.parse(text) as { enrolment: Enrolment; signature: string };
  } catch {
    throw new BundleError('BAD_ENROLMENT', '这不是支部台账的登记文件（.zbenrol）');
  }
  const e = parsed.enrolment;
  if (e?.type !== 'zhibu-enrol' || e.format !== 1)
    throw new BundleError('BAD_ENROLMENT', '这不是支部台账的登记文件（.zbenrol）');
  let ok: boolean;
  try {
    ok = verify(null, canonical(e), ed25519Public(e.office.sign), Buffer.from(parsed.signature, 'base64url'));
  } catch {
    ok = false;
  }
  if (!ok) throw new BundleError('BAD_SIGNATURE', '登记文件签名不符，可能被改动过');
  if (e.branch.code !== org.code)
    throw new BundleError(
      'WRONG_RECIPIENT',
      `该登记文件是给代码 ${e.branch.code}（${e.branch.name}）的，本支部代码为 ${org.code}。如本支部代码填错了，请在“支部基本情况”中改正后再导入；否则请上级党委按本支部代码重新登记`,
    );
  await ensureIdentity(db);
  await db
    .insertInto('sync_peer')
    .values({
      code: e.office.code,
      role: 'office',
      name: e.office.name,
      sign_pub: e.office.sign,
      enc_pub: e.office.enc,
      secret: e.secret,
      enrolled_at: now,
      ...FRESH,
    })
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({
        sign_pub: e.office.sign,
        enc_pub: e.office.enc,
        secret: e.secret,
        name: e.office.name,
        // A new enrolment (the office's 重新登记): the office waits for proof of the new secret
        // and has forgotten what it received, so the next bundle is a first one again.
        peer_acked: sql<number>`CASE WHEN sync_peer.secret = excluded.secret THEN sync_peer.peer_acked ELSE 0 END`,
      }),
    )
    .execute();
  return { office: e.office.name, fingerprint: fingerprint({ sign: e.office.sign, enc: e.office.enc }) };
}

/** Proof that a branch's first bundle comes from whoever received the enrolment file. */
export function enrolProof(secret: string, keys: PublicKeys, seq: number): string {
  return createHmac('sha256', Buffer.from(secret, 'base64url'))
    .update(`${keys.sign}.${keys.enc}.${seq}`)
    .digest('base64url');
}
