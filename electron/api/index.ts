import type { z } from 'zod';
import { accessOps } from './access.js';
import { appOps } from './app.js';
import { approvalOps } from './approvals.js';
import { attachmentOps } from './attachments.js';
import { backupOps } from './backups.js';
import { developmentOps } from './development.js';
import { duesOps } from './dues.js';
import { exchangeOps } from './exchange.js';
import { complianceOps } from './compliance.js';
import { countyOps } from './county.js';
import type { OperationDef } from './define.js';
import type { ApiResult } from './errors.js';
import { homeOps } from './home.js';
import { ledgerOps } from './ledgers.js';
import { memberImportOps } from './memberImport.js';
import { meetingOps } from './meetings.js';
import { memberOps } from './members.js';
import { noticeOps } from './notices.js';
import { officeOps, officeReportOps, officeViewOps } from './office.js';
import { settingsOps } from './settings.js';
import { talkOps } from './talks.js';
import { orgOps } from './org.js';

/**
 * THE CONTRACT: every operation the renderer may ask of the main process, declared once.
 * The IPC binding, the HTTP host, the preload bridge and renderer/api.ts are typed from it.
 */
export const contract = {
  ...appOps,
  ...accessOps,
  ...orgOps,
  ...homeOps,
  ...memberOps,
  ...memberImportOps,
  ...meetingOps,
  ...talkOps,
  ...complianceOps,
  ...attachmentOps,
  ...settingsOps,
  ...backupOps,
  ...duesOps,
  ...developmentOps,
  ...exchangeOps,
  ...approvalOps,
  ...countyOps,
  ...ledgerOps,
  ...noticeOps,
  ...officeOps,
  ...officeViewOps,
  ...officeReportOps,
} as const satisfies Record<string, OperationDef>;

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type Input<K extends OpName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends OpName> = z.output<Contract[K]['input']>;
export type Output<K extends OpName> = Contract[K] extends OperationDef<z.ZodType, infer O> ? O : never;

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What both transports expose to the renderer (`window.zhibu` in Electron). */
export interface ZhibuBridge {
  call<K extends OpName>(name: K, input: Input<K>): Promise<ApiResult<Output<K>>>;
}

export * from './access.js';
export * from './app.js';
export * from './approvals.js';
export * from './attachments.js';
export * from './backups.js';
export * from './compliance.js';
export * from './county.js';
export * from './development.js';
export * from './devSteps.js';
export * from './dues.js';
export * from './exchange.js';
export * from './duesOptions.js';
export * from './money.js';
export * from './channel.js';
export * from './define.js';
export * from './errors.js';
export * from './home.js';
export * from './idNumber.js';
export * from './ledgers.js';
export * from './meetingOptions.js';
export * from './meetings.js';
export * from './memberImport.js';
export * from './memberOptions.js';
export * from './members.js';
export * from './notices.js';
export * from './office.js';
export * from './org.js';
export * from './settings.js';
export * from './talks.js';
export * from './mask.js';
