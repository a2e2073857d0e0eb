import { z } from 'zod';
import { op } from './define.js';
import { oneOf } from './fields.js';

/** Roster fields an Excel column can be mapped to (序号 and unknown columns map to nothing). */
export const IMPORT_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'idNumber',
  'birthDate',
  'nativePlace',
  'education',
  'degree',
  'occupation',
  'workUnit',
  'phone',
  'address',
  'joinedOn',
  'confirmedOn',
  'kind',
  'group',
  'partyPost',
  'remarks',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  idNumber: '公民身份号码',
  birthDate: '出生日期',
  nativePlace: '籍贯',
  education: '学历',
  degree: '学位',
  occupation: '人员类别',
  workUnit: '工作单位及职务',
  phone: '联系电话',
  address: '现居住地',
  joinedOn: '入党日期',
  confirmedOn: '转正日期',
  kind: '党员类别',
  group: '党小组',
  partyPost: '党内职务',
  remarks: '备注',
};

export interface ImportColumn {
  /** 1-based Excel column number. */
  index: number;
  header: string;
  field: ImportField | null;
}

export interface ImportProblem {
  field?: ImportField;
  message: string;
}

export type ImportRowStatus = 'ok' | 'rejected' | 'duplicate';

export interface ImportRow {
  /** 1-based row number in the sheet, as Excel shows it. */
  rowNumber: number;
  status: ImportRowStatus;
  /** The cleaned text of each mapped cell, as it will be read. */
  values: Partial<Record<ImportField, string>>;
  problems: ImportProblem[];
  /** Things the importer inferred or normalised, shown to the user (not problems). */
  notes: string[];
}

export interface ImportPreview {
  sheetName: string;
  /** 1-based row number of the header row found. */
  headerRow: number;
  columns: ImportColumn[];
  rows: ImportRow[];
  /** 党小组 named in the file that do not exist yet and will be created. */
  newGroups: string[];
  counts: Record<ImportRowStatus, number> & { skippedBlankOrRepeated: number };
}

export interface ImportResult {
  imported: number;
  duplicates: number;
  rejected: number;
  newGroups: string[];
}

export interface ExcelFile {
  fileName: string;
  base64: string;
}

/** .xlsx files of a village roster are small; this keeps a wrong file from exhausting memory. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const fileFields = {
  fileName: z.string({ error: '缺少文件名' }).max(255, { error: '文件名过长' }),
  fileBase64: z
    .string({ error: '请选择要导入的 Excel 文件' })
    .min(1, { error: '请选择要导入的 Excel 文件' })
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, { error: '文件过大（超过 10 MB），请确认选择的是花名册' }),
  /** Column number → field, to correct the automatic matching; omitted = automatic. */
  mapping: z.record(z.string().regex(/^\d+$/), z.union([oneOf('对应字段', IMPORT_FIELDS), z.null()])).optional(),
};

export const memberImportOps = {
  'members.importPreview': op<ImportPreview>()({
    summary: '导入花名册：读取 Excel，匹配列，逐行检查',
    role: 'clerk',
    input: z.object(fileFields),
    errors: ['NOT_SET_UP'],
  }),
  'members.importCommit': op<ImportResult>()({
    summary: '导入花名册：把检查通过的行一次性写入（全部成功或全部不写）',
    role: 'clerk',
    input: z.object({
      ...fileFields,
      /** Without it, any rejected row refuses the whole import. */
      skipRejected: z.boolean().default(false),
    }),
    errors: ['NOT_SET_UP'],
  }),
  'members.export': op<ExcelFile>()({
    summary: '导出花名册为 Excel',
    role: 'viewer',
    input: z.object({ scope: oneOf('范围', ['current', 'former', 'all'] as const).default('current') }),
    errors: ['NOT_SET_UP'],
  }),
};
