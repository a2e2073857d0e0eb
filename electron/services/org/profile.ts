import { setMeta } from '../../../db/queries/localMeta.js';
import { findOwnOrganization, type OrganizationRow } from '../../../db/queries/organization.js';
import { dropBranchOnlyIndexes } from '../../../db/queries/officeIndexes.js';
import { ensureIdentity } from '../../sync/identity.js';
import { insertRecord, updateRecord } from '../../../db/records.js';
import type { ParsedInput } from '../../api/index.js';
import type { OrgProfile, OrgType } from '../../api/org.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { inTransaction } from '../tx.js';

export function toProfile(row: OrganizationRow): OrgProfile {
  return {
    id: row.id,
    mode: row.mode,
    name: row.name,
    code: row.code,
    parentName: row.parent_name,
    orgType: row.org_type as OrgType,
    foundedOn: row.founded_on,
    termStartedOn: row.term_started_on,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
  };
}

export async function requireOrganization(ctx: ServiceContext): Promise<OrganizationRow> {
  const row = await findOwnOrganization(ctx.db);
  if (!row) throw new ServiceError('NOT_SET_UP', '尚未完成首次设置，请先填写本组织信息');
  return row;
}

type ProfileInput = ParsedInput<'org.update'>;

function columns(input: ProfileInput) {
  return {
    name: input.name,
    code: input.code,
    parent_name: input.parentName,
    org_type: input.orgType,
    founded_on: input.foundedOn,
    term_started_on: input.termStartedOn,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
  };
}

function checkDates(ctx: ServiceContext, input: ProfileInput): void {
  const today = ctx.clock.today();
  if (input.foundedOn && input.foundedOn > today)
    throw new ServiceError('VALIDATION', '建立时间不能晚于今天', 'foundedOn');
  if (input.termStartedOn && input.termStartedOn > today)
    throw new ServiceError('VALIDATION', '本届选举时间不能晚于今天', 'termStartedOn');
  if (input.foundedOn && input.termStartedOn && input.termStartedOn < input.foundedOn)
    throw new ServiceError('VALIDATION', '本届选举时间不能早于建立时间', 'termStartedOn');
}

export async function getOrganization(ctx: ServiceContext): Promise<OrgProfile | null> {
  const row = await findOwnOrganization(ctx.db);
  return row ? toProfile(row) : null;
}

export async function setupOrganization(ctx: ServiceContext, input: ParsedInput<'org.setup'>): Promise<OrgProfile> {
  checkDates(ctx, input);
  return inTransaction(ctx, async (tx, stamp) => {
    if (await findOwnOrganization(tx)) throw new ServiceError('ALREADY_SET_UP', '本机已完成首次设置，不能重复设置');
    const id = await insertRecord(tx, stamp, 'organization', { mode: input.mode, ...columns(input) });
    await setMeta(tx, 'org_id', id);
    if (input.mode === 'office') await dropBranchOnlyIndexes(tx);
    // The installation's key pairs are made now, so its fingerprint exists from the start.
    await ensureIdentity(tx);
    return toProfile((await findOwnOrganization(tx)) as OrganizationRow);
  });
}

export async function updateOrganization(ctx: ServiceContext, input: ProfileInput): Promise<OrgProfile> {
  checkDates(ctx, input);
  return inTransaction(ctx, async (tx, stamp) => {
    const row = await findOwnOrganization(tx);
    if (!row) throw new ServiceError('NOT_SET_UP', '尚未完成首次设置，请先填写本组织信息');
    await updateRecord(tx, stamp, 'organization', row.id, columns(input));
    return toProfile((await findOwnOrganization(tx)) as OrganizationRow);
  });
}
