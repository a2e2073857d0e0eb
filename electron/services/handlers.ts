import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import type { OpName, Output, ParsedInput } from '../api/index.js';
import type { ServiceContext } from './context.js';
import { recordHistory, revealMemberField, searchLog } from './access/auditView.js';
import { authStatus, changeOwnPassword, lock, login, logout, recoverAdmin, setupAdmin } from './access/auth.js';
import { createUser, listUsers, resetPassword, setIdleMinutes, updateUser } from './access/users.js';
import { dataKeyStatus, setPasswordOnly } from './cipher/passwordOnly.js';
import { addAttachment, getAttachment, removeAttachment } from './attachments/attachments.js';
import {
  backupBeforeImport,
  backupList,
  backupNow,
  healthState,
  restoreBackup,
  setSecondFolder,
} from './backups/ops.js';
import { complianceYear } from './compliance/calendar.js';
import { participation } from './compliance/participation.js';
import { basisRows, reviewYear, setBasis } from './dues/bases.js';
import { createDevPerson, devDashboard, devDetail, listDev, updateDevPerson } from './development/people.js';
import { devEvent, recordStep } from './development/steps.js';
import { exportDuesYear } from './dues/export.js';
import {
  enrolFromUi,
  exchangeStatus,
  exportFromUi,
  importEnrolmentFromUi,
  importFromUi,
  resolveConflict,
} from './exchange/exchange.js';
import { drives, exportAll, exportTo, importFrom } from './exchange/folder.js';
import { backupKeys, restoreKeys } from './exchange/keys.js';
import { revokeBranch } from './exchange/revoke.js';
import { collectMonth } from './dues/collectMonth.js';
import { yearCompleteness } from './ledgers/completeness.js';
import { yearbookPdf } from './ledgers/yearbook.js';
import { correctPayment, listPayments, recordPayment } from './dues/payments.js';
import { recordRemittance, remittances } from './dues/remittance.js';
import { arrears, duesYear } from './dues/year.js';
import { homeReminders } from './home/reminders.js';
import { eligibleMembers, undatedCommittee } from './meetings/eligibility.js';
import { getMeeting, listYearMeetings } from './meetings/read.js';
import { removeMeeting, saveMeeting } from './meetings/save.js';
import { getSettings, updateSettings } from './settings/settings.js';
import { getCounty, saveCounty } from './settings/county.js';
import { pendingApprovals } from './approvals/pending.js';
import { recentApprovals } from './approvals/recent.js';
import { recordApproval } from './approvals/record.js';
import { markDone, markRead } from './notices/branch.js';
import { addNoticeFile, removeNoticeFile } from './notices/files.js';
import { getNotice, listNotices } from './notices/read.js';
import { removeNotice, saveNotice } from './notices/save.js';
import { listYearTalks, removeTalk, saveTalk } from './talks/talks.js';
import { ledgerColumns, resetLedgerColumns, saveLedgerColumns } from './ledgers/columnSettings.js';
import { ledgerPdf, renderLedgerPreview } from './ledgers/render.js';
import { applyMemberEvent, recordReceipt } from './members/lifecycle.js';
import { createMember, listRoster, memberDetail, transferIn, updateMember } from './members/records.js';
import { declineIncoming, incomingDetail, listIncoming, otherBranches } from './members/relays.js';
import { listTransferLetters } from './members/transfers.js';
import { exportRoster } from './members/export.js';
import { commitImport, previewImport } from './members/import/index.js';
import { committeeHistory, removeCommitteeMember, saveCommitteeMember } from './org/committee.js';
import { removeGroup, saveGroup } from './org/groups.js';
import { getOverview } from './org/overview.js';
import { officeBranches } from './office/branches.js';
import { refreshStatuses } from './office/statusCache.js';
import { exportStats } from './office/export.js';
import { officeReportPdf, officeReportPreview } from './office/reports.js';
import { statsStatuses } from './office/statsStatuses.js';
import { structureStats } from './office/structure.js';
import { viewBranch } from './office/view.js';
import { getOrganization, setupOrganization, updateOrganization } from './org/profile.js';

type Handler<K extends OpName> = (ctx: ServiceContext, input: ParsedInput<K>) => Promise<Output<K>>;

/** One handler per contract operation; a missing one fails to compile. */
export const handlers: { [K in OpName]: Handler<K> } = {
  'app.info': (ctx) => Promise.resolve({ ...ctx.app, schemaVersion: LATEST_SCHEMA_VERSION }),
  'auth.status': (ctx) => authStatus(ctx),
  'auth.setupAdmin': (ctx, input) => setupAdmin(ctx, input),
  'auth.login': (ctx, input) => login(ctx, input),
  'auth.lock': (ctx) => lock(ctx),
  'auth.logout': (ctx) => logout(ctx),
  'auth.recover': (ctx, input) => recoverAdmin(ctx, input),
  'auth.changePassword': (ctx, input) => changeOwnPassword(ctx, input),
  'users.list': (ctx) => listUsers(ctx),
  'users.create': (ctx, input) => createUser(ctx, input),
  'users.update': (ctx, input) => updateUser(ctx, input),
  'users.resetPassword': (ctx, input) => resetPassword(ctx, input),
  'users.setIdleMinutes': (ctx, input) => setIdleMinutes(ctx, input),
  'users.dataKeyStatus': (ctx) => dataKeyStatus(ctx),
  'users.setPasswordOnly': (ctx, input) => setPasswordOnly(ctx, input),
  'audit.search': (ctx, input) => searchLog(ctx, input),
  'audit.history': (ctx, input) => recordHistory(ctx, input),
  'members.reveal': (ctx, input) => revealMemberField(ctx, input),
  'app.health': (ctx) => healthState(ctx),
  'backups.list': (ctx) => backupList(ctx),
  'backups.create': (ctx) => backupNow(ctx),
  'backups.restore': (ctx, input) => restoreBackup(ctx, input.name),
  'backups.setSecondFolder': (ctx, input) => setSecondFolder(ctx, input.folder),
  'org.get': (ctx) => getOrganization(ctx),
  'org.setup': (ctx, input) => setupOrganization(ctx, input),
  'org.update': (ctx, input) => updateOrganization(ctx, input),
  'org.overview': (ctx) => getOverview(ctx),
  'committee.save': (ctx, input) => saveCommitteeMember(ctx, input),
  'committee.remove': (ctx, input) => removeCommitteeMember(ctx, input),
  'committee.history': (ctx) => committeeHistory(ctx),
  'groups.save': (ctx, input) => saveGroup(ctx, input),
  'groups.remove': (ctx, input) => removeGroup(ctx, input.id, input.dissolvedOn),
  'home.reminders': (ctx) => homeReminders(ctx),
  'members.list': (ctx, input) => listRoster(ctx, input.scope),
  'members.get': (ctx, input) => memberDetail(ctx.db, input.id, ctx.clock.today()),
  'members.create': (ctx, input) => createMember(ctx, input),
  'members.transferIn': (ctx, input) => transferIn(ctx, input),
  'members.update': (ctx, input) => updateMember(ctx, input),
  'members.event': (ctx, input) => applyMemberEvent(ctx, input),
  'members.importPreview': (ctx, input) => previewImport(ctx, input),
  'members.importCommit': async (ctx, input) => {
    await backupBeforeImport(ctx);
    return commitImport(ctx, input);
  },
  'members.export': (ctx, input) => exportRoster(ctx, input.scope),
  'transfers.list': (ctx) => listTransferLetters(ctx),
  'transfers.receipt': (ctx, input) => recordReceipt(ctx, input.id, input.receiptOn),
  'transfers.incoming': (ctx) => listIncoming(ctx),
  'transfers.incomingDetail': (ctx, input) => incomingDetail(ctx, input.relayId),
  'transfers.decline': (ctx, input) => declineIncoming(ctx, input.relayId, input.note),
  'transfers.directory': (ctx) => otherBranches(ctx),
  'meetings.list': (ctx, input) => listYearMeetings(ctx.db, input.year),
  'meetings.get': (ctx, input) => getMeeting(ctx, input.id),
  'meetings.eligible': async (ctx, input) =>
    (await eligibleMembers(ctx.db, input.kind, input.heldOn, input.groupId)).map(({ groupId: _g, ...m }) => m),
  'meetings.undatedCommittee': (ctx, input) => undatedCommittee(ctx.db, input.heldOn),
  'meetings.save': (ctx, input) => saveMeeting(ctx, input),
  'meetings.remove': (ctx, input) => removeMeeting(ctx, input.id),
  'talks.list': (ctx, input) => listYearTalks(ctx.db, input.year),
  'talks.save': (ctx, input) => saveTalk(ctx, input),
  'talks.remove': (ctx, input) => removeTalk(ctx, input.id),
  'compliance.year': (ctx, input) => complianceYear(ctx, input.year),
  'compliance.participation': (ctx, input) => participation(ctx, input.year),
  'attachments.add': (ctx, input) => addAttachment(ctx, input),
  'attachments.get': (ctx, input) => getAttachment(ctx, input.id),
  'attachments.remove': (ctx, input) => removeAttachment(ctx, input.id),
  'settings.get': (ctx) => getSettings(ctx.db),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
  'dues.bases': (ctx, input) => basisRows(ctx, input.year),
  'dues.setBasis': (ctx, input) => setBasis(ctx, input),
  'dues.review': (ctx, input) => reviewYear(ctx, input),
  'dues.pay': (ctx, input) => recordPayment(ctx, input),
  'dues.payMonth': (ctx, input) => collectMonth(ctx, input),
  'dues.correct': (ctx, input) => correctPayment(ctx, input),
  'dues.payments': (ctx, input) => listPayments(ctx, input.year, input.memberId),
  'dues.year': (ctx, input) => duesYear(ctx, input.year),
  'dues.arrears': (ctx) => arrears(ctx),
  'dues.export': (ctx, input) => exportDuesYear(ctx, input.year),
  'dues.remit': (ctx, input) => recordRemittance(ctx, input),
  'dues.remittances': (ctx) => remittances(ctx),
  'dev.list': (ctx) => listDev(ctx),
  'dev.dashboard': (ctx) => devDashboard(ctx),
  'dev.get': (ctx, input) => devDetail(ctx.db, input.id, ctx.clock.today()),
  'dev.create': (ctx, input) => createDevPerson(ctx, input.person, input.appliedOn),
  'dev.update': (ctx, input) => updateDevPerson(ctx, input.id, input.person),
  'dev.record': (ctx, input) => recordStep(ctx, input),
  'dev.event': (ctx, input) => devEvent(ctx, input),
  'exchange.status': (ctx) => exchangeStatus(ctx),
  'exchange.enrolBranch': (ctx, input) => enrolFromUi(ctx, input),
  'exchange.importEnrolment': async (ctx, input) => {
    await backupBeforeImport(ctx);
    return importEnrolmentFromUi(ctx, input);
  },
  'exchange.export': (ctx, input) => exportFromUi(ctx, input),
  'exchange.import': async (ctx, input) => {
    await backupBeforeImport(ctx, 'bundles');
    return importFromUi(ctx, input);
  },
  'exchange.resolveConflict': (ctx, input) => resolveConflict(ctx, input.id, input.keep),
  'approvals.pending': (ctx) => pendingApprovals(ctx),
  'approvals.recent': (ctx) => recentApprovals(ctx),
  'approvals.record': (ctx, input) => recordApproval(ctx, input),
  'county.get': (ctx) => getCounty(ctx),
  'county.save': (ctx, input) => saveCounty(ctx, input),
  'exchange.drives': () => drives(),
  'exchange.exportTo': (ctx, input) => exportTo(ctx, input),
  'exchange.exportAll': (ctx, input) => exportAll(ctx, input),
  'exchange.importFrom': async (ctx, input) => {
    await backupBeforeImport(ctx, 'bundles');
    return importFrom(ctx, input);
  },
  'exchange.revokeBranch': (ctx, input) => revokeBranch(ctx, input.code),
  'exchange.backupKeys': (ctx, input) => backupKeys(ctx, input),
  'exchange.restoreKeys': async (ctx, input) => {
    await backupBeforeImport(ctx);
    return restoreKeys(ctx, input);
  },
  'ledger.completeness': (ctx, input) => yearCompleteness(ctx, input.year),
  'ledger.yearbook': (ctx, input) => yearbookPdf(ctx, input.year),
  'ledger.render': (ctx, input) => renderLedgerPreview(ctx, input),
  'ledger.pdf': (ctx, input) => ledgerPdf(ctx, input),
  'ledger.columns': (ctx, input) => ledgerColumns(ctx, input),
  'ledger.saveColumns': (ctx, input) => saveLedgerColumns(ctx, input),
  'ledger.resetColumns': (ctx, input) => resetLedgerColumns(ctx, input),
  'notices.list': (ctx) => listNotices(ctx),
  'notices.get': (ctx, input) => getNotice(ctx, input.id),
  'notices.save': (ctx, input) => saveNotice(ctx, input),
  'notices.remove': (ctx, input) => removeNotice(ctx, input.id),
  'notices.addFile': (ctx, input) => addNoticeFile(ctx, input),
  'notices.removeFile': (ctx, input) => removeNoticeFile(ctx, input.id),
  'notices.markRead': (ctx, input) => markRead(ctx, input.id),
  'notices.markDone': (ctx, input) => markDone(ctx, input),
  'office.branches': (ctx) => officeBranches(ctx),
  'office.refresh': (ctx, input) => refreshStatuses(ctx, input.limit),
  'office.structure': (ctx, input) => structureStats(ctx, input),
  'office.statuses': (ctx, input) => statsStatuses(ctx, input),
  'office.statsExport': (ctx, input) => exportStats(ctx, input),
  'office.view': (ctx, input) => viewBranch(ctx, input, handlers),
  'office.report': (ctx, input) => officeReportPreview(ctx, input),
  'office.reportPdf': (ctx, input) => officeReportPdf(ctx, input),
};
