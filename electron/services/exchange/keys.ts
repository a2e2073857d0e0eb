import { KeyBackupError, restoreKeyBackup, writeKeyBackup } from '../../sync/keyBackup.js';
import type { BundleFile } from '../../api/exchange.js';
import type { ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { invalid } from '../errors.js';
import { requireOrganization } from '../org/profile.js';
import { nowIso } from './exchange.js';

function refuse(err: unknown): never {
  if (err instanceof KeyBackupError)
    throw invalid([
      {
        field: err.code === 'WEAK_PASSPHRASE' || err.code === 'BAD_PASSPHRASE' ? 'passphrase' : 'base64',
        message: err.message,
      },
    ]);
  throw err;
}

/** The passphrase-protected key backup, the only form in which private keys leave this machine. */
export async function backupKeys(ctx: ServiceContext, input: ParsedInput<'exchange.backupKeys'>): Promise<BundleFile> {
  const org = await requireOrganization(ctx);
  const bytes = await writeKeyBackup(ctx.db, input.passphrase, nowIso(ctx)).catch(refuse);
  return { fileName: `${org.code}-密钥备份.zbkey`, base64: bytes.toString('base64') };
}

/** A replaced PC takes back its old identity, so its office keeps accepting it without 重新登记. */
export async function restoreKeys(
  ctx: ServiceContext,
  input: ParsedInput<'exchange.restoreKeys'>,
): Promise<{ fingerprint: string }> {
  await requireOrganization(ctx);
  const r = await restoreKeyBackup(ctx.db, Buffer.from(input.base64, 'base64'), input.passphrase).catch(refuse);
  return { fingerprint: r.fingerprint };
}
