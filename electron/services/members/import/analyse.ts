import type { Kysely } from 'kysely';
import { allIdNumbers } from '../../../../db/queries/members.js';
import { listGroups } from '../../../../db/queries/partyGroup.js';
import type { Database } from '../../../../db/schema.js';
import type { ImportPreview, ImportRow } from '../../../api/memberImport.js';
import type { MemberInput } from '../../../api/members.js';
import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../../api/memberOptions.js';
import { matchHeader } from './aliases.js';
import { rawText } from './cells.js';
import { layout, type Mapping } from './header.js';
import { parseRow } from './parse.js';
import type { Sheet, SheetRow } from './read.js';
import { validateRow } from './validate.js';

/** A row that passed every check, with its 党小组 by name (new groups get their id at commit). */
export interface AcceptedRow {
  rowNumber: number;
  member: MemberInput;
  groupName: string;
}

export interface Analysis {
  preview: ImportPreview;
  accepted: AcceptedRow[];
}

const GROUP_NAME_MAX = 30;

/** Blank lines, a 序号 alone, a repeated header line or a section title like “以下为预备党员”. */
function skippable(row: SheetRow, mapped: number[], nameColumn: number | undefined): boolean {
  if (row.banner) return true;
  if (mapped.every((col) => rawText(row.data[col - 1] ?? null) === '')) return true;
  const name = nameColumn ? rawText(row.data[nameColumn - 1] ?? null) : '';
  const asHeader = matchHeader(name);
  return asHeader.known && asHeader.field === 'name';
}

/** Reads the roster sheet and judges every row against the database as it is now. */
export async function analyse(
  db: Kysely<Database>,
  sheets: Sheet[],
  mapping: Mapping,
  today: string,
): Promise<Analysis> {
  const { sheet, headerRow, columns } = layout(sheets, mapping);
  const mapped = columns.flatMap((c) => (c.field ? [c.index] : []));
  const nameColumn = columns.find((c) => c.field === 'name')?.index;
  const groups = new Set((await listGroups(db)).map((g) => g.name));
  const existing = await allIdNumbers(db);
  const firstRowOf = new Map<string, number>();
  const newGroups: string[] = [];
  const rows: ImportRow[] = [];
  const accepted: AcceptedRow[] = [];
  let skipped = 0;

  for (const sheetRow of sheet.rows.slice(headerRow)) {
    if (skippable(sheetRow, mapped, nameColumn)) {
      skipped += 1;
      continue;
    }
    const parsed = parseRow(sheetRow.number, sheetRow.data, columns, sheet.date1904);
    const { idNumber, groupName } = parsed;
    if (idNumber && firstRowOf.has(idNumber))
      parsed.problems.push({ field: 'idNumber', message: `与第 ${firstRowOf.get(idNumber)} 行身份证号码重复` });
    else if (idNumber) firstRowOf.set(idNumber, sheetRow.number);
    if (groupName.length > GROUP_NAME_MAX)
      parsed.problems.push({ field: 'group', message: `党小组名称不能超过 ${GROUP_NAME_MAX} 个字` });
    const member = validateRow(parsed, today);
    const known = idNumber ? existing.get(idNumber) : undefined;
    const status = known ? 'duplicate' : member ? 'ok' : 'rejected';
    if (known) {
      const state = MEMBER_STATUS_LABELS[known.status as MemberStatus] ?? known.status;
      parsed.notes.push(`系统中已有此公民身份号码的党员“${known.name}”（${state}），本行不导入`);
    }
    if (status === 'ok' && member) {
      accepted.push({ rowNumber: sheetRow.number, member, groupName });
      if (groupName && !groups.has(groupName) && !newGroups.includes(groupName)) newGroups.push(groupName);
    }
    if (status === 'ok' && groupName && !groups.has(groupName))
      parsed.notes.push(`党小组“${groupName}”尚未建立，导入时新建`);
    rows.push({
      rowNumber: sheetRow.number,
      status,
      values: parsed.values,
      problems: parsed.problems,
      notes: parsed.notes,
    });
  }

  const count = (s: ImportRow['status']) => rows.filter((r) => r.status === s).length;
  return {
    preview: {
      sheetName: sheet.name,
      headerRow,
      columns,
      rows,
      newGroups,
      counts: {
        ok: count('ok'),
        rejected: count('rejected'),
        duplicate: count('duplicate'),
        skippedBlankOrRepeated: skipped,
      },
    },
    accepted,
  };
}
