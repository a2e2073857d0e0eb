import { Alert, App, Badge, Button, Layout, Menu, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '../../electron/api/index.js';
import { failureMessage } from '../api.js';
import { lockNow, logOut } from '../pages/access/useIdleLock.js';
import { useAuthStore } from '../stores/auth.js';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useBranchLens } from '../pages/office/useBranchLens.js';
import { useLensStore } from '../stores/lens.js';
import { useOrgStore } from '../stores/org.js';
import { AboutButton } from './AboutButton.js';
import { leavePage } from './leaveGuard.js';
import { useMenuBadges } from './useMenuBadges.js';

/** A branch keeps its records; an office (乡镇/县党委) exchanges, approves and notifies. */
const BRANCH_SCREENS = [
  { key: '/', label: '首页' },
  { key: '/members', label: '党员花名册' },
  { key: '/org-life', label: '组织生活' },
  { key: '/dues', label: '党费' },
  { key: '/development', label: '发展党员' },
  { key: '/transfers', label: '组织关系转接' },
  { key: '/notices', label: '上级通知' },
  { key: '/branch', label: '支部基本情况' },
  { key: '/print', label: '打印台账' },
  { key: '/exchange', label: '数据交换' },
  { key: '/settings', label: '设置' },
];
const OFFICE_SCREENS = [
  { key: '/', label: '总览' },
  { key: '/stats', label: '统计' },
  { key: '/reports', label: '报表' },
  { key: '/exchange', label: '数据交换' },
  { key: '/notices', label: '通知' },
  { key: '/approvals', label: '发展党员审批' },
  { key: '/county-settings', label: '统一设置' },
];

/** What an office sees of one branch: its records, read-only. */
const LENS_SCREENS = [
  { key: '/members', label: '党员花名册' },
  { key: '/org-life', label: '组织生活' },
  { key: '/dues', label: '党费' },
  { key: '/development', label: '发展党员' },
  { key: '/transfers', label: '组织关系转接' },
  { key: '/branch', label: '支部基本情况' },
  { key: '/print', label: '打印台账' },
];

/** The 管理员's own screens, in either mode. */
const ADMIN_SCREENS = [
  { key: '/users', label: '账号管理' },
  { key: '/audit', label: '操作记录' },
];

/** An office's 管理员 also keeps its backups (a branch has them under 设置, which an office lacks). */
const OFFICE_ADMIN_SCREENS = [{ key: '/settings', label: '备份与恢复' }];

/** Pages reached from a screen rather than from the menu, shown under that screen. */
const BELONGS_TO: Record<string, string> = { '/meetings': '/org-life' };

function selectedScreen(screens: { key: string }[], pathname: string): string {
  const owner = Object.entries(BELONGS_TO).find(([prefix]) => pathname.startsWith(prefix));
  if (owner) return owner[1];
  const match = screens.filter((s) => s.key !== '/' && pathname.startsWith(s.key));
  return match[0]?.key ?? '/';
}

export function AppLayout() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const orgName = useOrgStore((s) => s.profile?.name ?? '');
  const office = useOrgStore((s) => s.profile?.mode) === 'office';
  const lens = useLensStore((s) => s.lens);
  const { close } = useBranchLens();
  const user = useAuthStore((s) => s.user);
  const { message } = App.useApp();
  const own = office ? OFFICE_SCREENS : BRANCH_SCREENS;
  const admin = office ? [...OFFICE_ADMIN_SCREENS, ...ADMIN_SCREENS] : ADMIN_SCREENS;
  const screens = lens ? LENS_SCREENS : user?.role === 'admin' ? [...own, ...admin] : own;
  const run = (action: () => Promise<void>) => () => {
    action().catch((err: unknown) => void message.error(failureMessage(err)));
  };
  const badges = useMenuBadges(pathname, !office && !lens);
  const items = screens.map((s) =>
    badges[s.key]
      ? {
          key: s.key,
          label: (
            <span style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
              {s.label}
              {/* White on the red menu: a red badge would vanish into it. */}
              <Badge count={badges[s.key]} style={{ backgroundColor: '#fff', color: '#a8071a', fontWeight: 600 }} />
            </span>
          ),
        }
      : s,
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* At 125 % zoom on a 768-pixel screen the menu is taller than the window: it scrolls on its own. */}
      <Layout.Sider width={200} style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}>
        <div style={{ color: '#fff', fontSize: 22, fontWeight: 600, padding: '20px 24px', letterSpacing: 2 }}>
          支部台账
        </div>
        <nav aria-label="主菜单">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selectedScreen(screens, pathname)]}
            items={items}
            onClick={({ key }) => leavePage(() => void navigate(key))}
          />
        </nav>
      </Layout.Sider>
      {/* minWidth 0: a wide table scrolls inside the page instead of widening it past the window. */}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', borderBottom: '1px solid #f0f0f0', gap: 16 }}>
          <Typography.Title level={4} style={{ margin: 0, flex: 1 }} ellipsis>
            {orgName}
            {lens && (
              <Tag color="blue" style={{ marginLeft: 12, fontSize: 15, padding: '2px 10px', verticalAlign: 'middle' }}>
                只读（上级查看）
              </Tag>
            )}
          </Typography.Title>
          {user && (
            <Typography.Text type="secondary">
              {user.name}（{ROLE_LABELS[user.role]}）
            </Typography.Text>
          )}
          <Button onClick={run(lockNow)}>锁定</Button>
          <Button type="text" onClick={run(logOut)}>
            退出登录
          </Button>
          <AboutButton />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {lens && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={`上级党委正在查看：${orgName}（只读，记录以支部报送的为准，不能修改）`}
              action={
                <Button type="primary" onClick={close}>
                  返回总览
                </Button>
              }
            />
          )}
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
