import { Alert, Button, Select, Space, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { stack } from '../../components/stack.js';
import { useDuesStore } from '../../stores/dues.js';
import { ArrearsTab } from './ArrearsTab.js';
import { yuan, YEAR_OPTIONS } from './common.js';
import { PaymentsTab } from './PaymentsTab.js';
import { PayModal } from './PayModal.js';
import { RemitTab } from './RemitTab.js';
import { ReviewTab } from './ReviewTab.js';
import { YearGrid } from './YearGrid.js';

const TABS = ['grid', 'review', 'payments', 'arrears', 'remit'] as const;
type Tab = (typeof TABS)[number];

/** 党费: collection by month, the annual review of bases, payments, arrears and remittances. */
interface Paying {
  memberId?: string;
  month?: string;
  catchUp: boolean;
}

export function DuesPage() {
  const { year, ledger, bases, payments, arrears, remits, loading, error, load } = useDuesStore();
  /** undefined: closed; otherwise who (if chosen), which month, or 补交 of what is owed. */
  const [paying, setPaying] = useState<Paying | undefined>(undefined);
  // `?tab=` keeps the tab when coming back from a member or a print preview.
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((t) => t === asked) ?? 'grid';
  const setTab = (t: string) => setParams(t === 'grid' ? {} : { tab: t }, { replace: true });

  useEffect(() => {
    void load();
  }, [load]);

  const pay = (memberId?: string, month?: string) => setPaying({ memberId, month, catchUp: false });
  const catchUp = (memberId: string) => setPaying({ memberId, catchUp: true });
  const behind = (arrears ?? []).filter((a) => a.level !== 'none').length;
  return (
    <div style={stack(12)}>
      {error && (
        <Alert type="error" showIcon title={error} action={<Button onClick={() => void load()}>重试</Button>} />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="large"
        tabBarStyle={{ marginBottom: 8 }}
        // One line for the year, the balance and the tabs leaves the grid more rows on a 768 screen.
        tabBarExtraContent={
          <Space size={16}>
            <Typography.Text strong style={{ fontSize: 17 }}>
              支部党费结存：{remits ? yuan(remits.balance) : '…'}
            </Typography.Text>
            <Select
              aria-label="年度"
              size="large"
              value={year}
              options={YEAR_OPTIONS}
              onChange={(y: number) => void load(y)}
              style={{ width: 120 }}
            />
          </Space>
        }
        items={[
          { key: 'grid', label: '收缴登记', children: <YearGrid ledger={ledger} loading={loading} onPay={pay} /> },
          { key: 'review', label: '年度核定', children: <ReviewTab year={year} bases={bases} /> },
          { key: 'payments', label: '交纳记录', children: <PaymentsTab payments={payments} onPay={() => pay()} /> },
          {
            key: 'arrears',
            label: behind > 0 ? `欠交（${behind}）` : '欠交',
            children: <ArrearsTab arrears={arrears} onPay={catchUp} />,
          },
          { key: 'remit', label: '上缴', children: <RemitTab year={year} remits={remits} /> },
        ]}
      />
      {paying !== undefined && <PayModal {...paying} onClose={() => setPaying(undefined)} />}
    </div>
  );
}
