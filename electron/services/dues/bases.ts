import type { Transaction } from 'kysely';
import { allBases, basisStarting, findBasis } from '../../../db/queries/dues.js';
import { memberHistories } from '../../../db/queries/history.js';
import { findMember, memberKinds } from '../../../db/queries/members.js';
import { insertRecord, updateRecord, type Stamper } from '../../../db/records.js';
import type { Database } from '../../../db/schema.js';
import type { BasisInput, BasisRow, DuesBasis } from '../../api/dues.js';
import type { ParsedInput } from '../../api/index.js';
import type { ServiceContext } from '../context.js';
import { invalid, ServiceError } from '../errors.js';
import { rosterFrom } from '../meetings/eligibility.js';
import { DuesRuleError, monthlyDues, ruleOf } from '../rules/dues.js';
import { basisIn } from '../rules/duesMonths.js';
import { readSettings } from '../settings/settings.js';
import { inTransaction } from '../tx.js';
import { toBasis } from './mapping.js';

type Tx = Transaction<Database>;

/** Computes and stores a basis; one for the same member and month is replaced, not duplicated. */
async function writeBasis(tx: Tx, stamp: Stamper, b: BasisInput, prefix = ''): Promise<string> {
  if (!(await findMember(tx, b.memberId))) throw new ServiceError('NOT_FOUND', '找不到该党员');
  const settings = await readSettings(tx);
  const fixedRule = ruleOf(b.category).kind === 'fixed';
  let computed;
  try {
    computed = monthlyDues(
      b.category,
      fixedRule ? null : b.base,
      fixedRule ? (b.fixed ?? (b.category === 'farmer' ? settings.farmerDuesFen : null)) : null,
      settings.duesRounding,
    );
  } catch (err) {
    if (err instanceof DuesRuleError) throw invalid([{ field: prefix + err.field, message: err.message }]);
    throw err;
  }
  if (b.reduction === 'reduced' && (b.reducedAmount === null || b.reducedAmount >= computed.monthly))
    throw invalid([{ field: `${prefix}reducedAmount`, message: '少交时请填写少于应交金额的每月金额' }]);
  if (b.reduction !== 'none' && (!b.decisionOn || !b.approvalRef))
    throw invalid([{ field: `${prefix}approvalRef`, message: '减免须有支部决定日期和上级批准文号' }]);
  const row = {
    member_id: b.memberId,
    effective_from: b.effectiveFrom,
    category: b.category,
    base_fen: fixedRule ? null : b.base,
    fixed_fen: fixedRule ? computed.monthly : null,
    rate_bp: computed.bp,
    computed_fen: computed.monthly,
    reduction: b.reduction,
    reduced_fen: b.reduction === 'reduced' ? b.reducedAmount : null,
    decision_on: b.decisionOn,
    approval_ref: b.approvalRef,
    note: b.note,
  };
  const existing = await basisStarting(tx, b.memberId, b.effectiveFrom);
  if (existing) {
    await updateRecord(tx, stamp, 'dues_basis', existing.id, row);
    return existing.id;
  }
  return insertRecord(tx, stamp, 'dues_basis', row);
}

export async function setBasis(ctx: ServiceContext, b: BasisInput): Promise<DuesBasis> {
  return inTransaction(ctx, async (tx, stamp) => {
    const id = await writeBasis(tx, stamp, b);
    return toBasis((await findBasis(tx, id)) as NonNullable<Awaited<ReturnType<typeof findBasis>>>);
  });
}

/** 年度核定: every entry from January of the year, all in one transaction. */
export async function reviewYear(ctx: ServiceContext, input: ParsedInput<'dues.review'>): Promise<{ saved: number }> {
  return inTransaction(ctx, async (tx, stamp) => {
    for (const [i, e] of input.entries.entries())
      await writeBasis(tx, stamp, { ...e, effectiveFrom: `${input.year}-01` }, `entries.${i}.`);
    return { saved: input.entries.length };
  });
}

/** The 核定 list: members of the year (on 1 January, or joined since) with last and this year's basis. */
export async function basisRows(ctx: ServiceContext, year: number): Promise<BasisRow[]> {
  const today = ctx.clock.today();
  const asOf = today.slice(0, 4) === String(year) ? today : `${year}-12-31`;
  const [histories, bases] = await Promise.all([memberHistories(ctx.db), allBases(ctx.db)]);
  const kinds = await memberKinds(ctx.db);
  return rosterFrom(histories, asOf).map((m) => {
    const own = bases.filter((b) => b.member_id === m.memberId);
    const previous = basisIn(
      own.filter((b) => b.effective_from < `${year}-01`),
      `${year - 1}-12`,
    );
    // The year's review sets January; someone who joined or was accepted during the year
    // starts with a basis from that month, which is their basis for the year just the same.
    const current =
      own.find((b) => b.effective_from === `${year}-01`) ??
      own
        .filter((b) => b.effective_from.startsWith(`${year}-`))
        .sort((x, y) => x.effective_from.localeCompare(y.effective_from))[0] ??
      null;
    return {
      memberId: m.memberId,
      name: m.name,
      groupName: m.groupName,
      kind: kinds.get(m.memberId) ?? 'formal',
      previous: previous ? toBasis(previous) : null,
      current: current ? toBasis(current) : null,
    };
  });
}
