import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './components/AppLayout.js';
import { ApprovalsPage } from './pages/approvals/ApprovalsPage.js';
import { BranchPage } from './pages/branch/BranchPage.js';
import { CountySettingsPage } from './pages/countySettings/CountySettingsPage.js';
import { DevelopmentPage, DevPersonPage } from './pages/development/DevelopmentPage.js';
import { DuesPage } from './pages/dues/DuesPage.js';
import { ExchangePage } from './pages/exchange/ExchangePage.js';
import { HomePage } from './pages/home/HomePage.js';
import { ImportPage } from './pages/import/ImportPage.js';
import { MeetingDetailPage } from './pages/meeting/MeetingDetailPage.js';
import { EditMeetingPage, NewMeetingPage } from './pages/meeting/MeetingFormPage.js';
import { MemberPage } from './pages/member/MemberPage.js';
import { RosterPage } from './pages/members/RosterPage.js';
import { NoticesPage } from './pages/notices/NoticesPage.js';
import { OverviewPage } from './pages/office/OverviewPage.js';
import { ReportsPage } from './pages/office/ReportsPage.js';
import { StatsPage } from './pages/office/StatsPage.js';
import { OrgLifePage } from './pages/orgLife/OrgLifePage.js';
import { LedgerPreviewPage } from './pages/print/LedgerPreviewPage.js';
import { PrintPage } from './pages/print/PrintPage.js';
import { BackupPage } from './pages/settings/BackupPage.js';
import { SettingsPage } from './pages/settings/SettingsPage.js';
import { SetupPage } from './pages/setup/SetupPage.js';
import { TransfersPage } from './pages/transfers/TransfersPage.js';
import { CreateAdminPage, LoginPage } from './pages/access/LoginPage.js';
import { AuditPage } from './pages/access/AuditPage.js';
import { UsersPage } from './pages/access/UsersPage.js';
import { useIdleLock } from './pages/access/useIdleLock.js';
import { useAuthStore } from './stores/auth.js';
import { useLensStore } from './stores/lens.js';
import { useOrgStore } from './stores/org.js';
import { call, failureMessage } from './api.js';
import { theme } from './theme.js';

/** Nothing is reachable before a login: the first 管理员 on an installation without accounts, then the login or lock screen. */
function AuthGate() {
  const phase = useAuthStore((s) => s.phase);
  const loadError = useAuthStore((s) => s.loadError);
  useIdleLock();
  const load = useCallback(async () => {
    try {
      useAuthStore.getState().apply(await call('auth.status', {}));
    } catch (err) {
      useAuthStore.getState().failed(failureMessage(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (phase === 'loading') return <Spin fullscreen size="large" description="正在打开支部台账……" />;
  if (phase === 'failed')
    return (
      <Result
        status="error"
        title="没能打开数据"
        subTitle={loadError}
        extra={
          <Button type="primary" size="large" onClick={() => void load()}>
            重试
          </Button>
        }
      />
    );
  if (phase === 'needsAdmin') return <CreateAdminPage />;
  if (phase === 'login') return <LoginPage />;
  return <Gate />;
}

/** Until first-run setup is done, the setup screen is the only thing reachable. */
function Gate() {
  const status = useOrgStore((s) => s.status);
  const loadError = useOrgStore((s) => s.loadError);
  const profile = useOrgStore((s) => s.profile);
  const load = useOrgStore((s) => s.load);
  const lens = useLensStore((s) => s.lens);

  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'loading') return <Spin fullscreen size="large" description="正在打开支部台账……" />;
  if (status === 'failed')
    return (
      <Result
        status="error"
        title="没能打开数据"
        subTitle={loadError}
        extra={
          <Button type="primary" size="large" onClick={() => void load()}>
            重试
          </Button>
        }
      />
    );
  if (!profile) return <SetupPage />;
  if (lens) return <BranchLensRoutes />;
  return profile.mode === 'office' ? <OfficeRoutes /> : <BranchRoutes />;
}

/** An office's own screens; branch records are reached only through a branch (read-only). */
function OfficeRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<OverviewPage />} />
        <Route path="stats" element={<StatsPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="exchange" element={<ExchangePage />} />
        <Route path="approvals" element={<ApprovalsPage />} />
        <Route path="county-settings" element={<CountySettingsPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="settings" element={<BackupPage />} />
        <Route path="notices" element={<NoticesPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

/** The office looking at one branch: the branch's own screens, showing its records only. */
function BranchLensRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/members" replace />} />
        <Route path="members" element={<RosterPage />} />
        <Route path="members/:id" element={<MemberPage />} />
        <Route path="transfers" element={<TransfersPage />} />
        <Route path="dues" element={<DuesPage />} />
        <Route path="development" element={<DevelopmentPage />} />
        <Route path="development/:id" element={<DevPersonPage />} />
        <Route path="org-life" element={<OrgLifePage />} />
        <Route path="meetings/:id" element={<MeetingDetailPage />} />
        <Route path="branch" element={<BranchPage />} />
        <Route path="print" element={<PrintPage />} />
        <Route path="print/:ledgerId" element={<LedgerPreviewPage />} />
        <Route path="*" element={<Navigate to="/members" replace />} />
      </Route>
    </Routes>
  );
}

function BranchRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="members" element={<RosterPage />} />
        <Route path="members/import" element={<ImportPage />} />
        <Route path="members/:id" element={<MemberPage />} />
        <Route path="transfers" element={<TransfersPage />} />
        <Route path="dues" element={<DuesPage />} />
        <Route path="development" element={<DevelopmentPage />} />
        <Route path="development/:id" element={<DevPersonPage />} />
        <Route path="exchange" element={<ExchangePage />} />
        <Route path="notices" element={<NoticesPage />} />
        <Route path="org-life" element={<OrgLifePage />} />
        <Route path="meetings/new" element={<NewMeetingPage />} />
        <Route path="meetings/:id" element={<MeetingDetailPage />} />
        <Route path="meetings/:id/edit" element={<EditMeetingPage />} />
        <Route path="branch" element={<BranchPage />} />
        <Route path="print" element={<PrintPage />} />
        <Route path="print/:ledgerId" element={<LedgerPreviewPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

/** Every select narrows its list as the user types (a 党小组, a member, an 民族 among 56). */
const SELECT_CONFIG = { showSearch: { optionFilterProp: 'label' } } as const;

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }} select={SELECT_CONFIG}>
      <AntApp>
        <HashRouter>
          <AuthGate />
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  );
}
