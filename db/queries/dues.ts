import type { Kysely, Selectable } from 'kysely';
import type { Database, DuesBasisTable, DuesPaymentTable, DuesRemittanceTable } from '../schema.js';

export type BasisRowDb = Selectable<DuesBasisTable>;
export type PaymentRowDb = Selectable<DuesPaymentTable> & { member_name: string };
export type RemittanceRowDb = Selectable<DuesRemittanceTable>;

export async function allBases(db: Kysely<Database>): Promise<BasisRowDb[]> {
  return db
    .selectFrom('dues_basis')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('member_id')
    .orderBy('effective_from')
    .orderBy('created_at')
    .execute();
}

export async function findBasis(db: Kysely<Database>, id: string): Promise<BasisRowDb | undefined> {
  return db.selectFrom('dues_basis').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The basis a member already has starting that month (a re-review replaces it). */
export async function basisStarting(
  db: Kysely<Database>,
  memberId: string,
  month: string,
): Promise<BasisRowDb | undefined> {
  return db
    .selectFrom('dues_basis')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('effective_from', '=', month)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

function payments(db: Kysely<Database>) {
  return db
    .selectFrom('dues_payment')
    .innerJoin('member', 'member.id', 'dues_payment.member_id')
    .selectAll('dues_payment')
    .select('member.name as member_name')
    .where('dues_payment.deleted_at', 'is', null);
}

/** Every payment, in the order they were made (allocation depends on it). */
export async function allPayments(db: Kysely<Database>): Promise<PaymentRowDb[]> {
  return payments(db).orderBy('dues_payment.paid_on').orderBy('dues_payment.created_at').execute();
}

export async function findPayment(db: Kysely<Database>, id: string): Promise<PaymentRowDb | undefined> {
  return payments(db).where('dues_payment.id', '=', id).executeTakeFirst();
}

export async function allRemittances(db: Kysely<Database>): Promise<RemittanceRowDb[]> {
  return db
    .selectFrom('dues_remittance')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('remitted_on')
    .orderBy('created_at')
    .execute();
}

export async function findRemittance(db: Kysely<Database>, id: string): Promise<RemittanceRowDb | undefined> {
  return db.selectFrom('dues_remittance').selectAll().where('id', '=', id).executeTakeFirst();
}
