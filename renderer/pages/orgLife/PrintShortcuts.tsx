import { Button, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import { LEDGER_CATALOGUE, type LedgerId } from '../../../electron/api/index.js';

const OWN: readonly LedgerId[] = ['meetings', 'org-life', 'appraisal', 'talks'];

/** Straight to the print preview of this page's ledgers, for the year on screen. */
export function PrintShortcuts({ year }: { year: number }) {
  const navigate = useNavigate();
  const ledgers = LEDGER_CATALOGUE.filter((l) => OWN.includes(l.id));
  return (
    <Space wrap size={8} role="group" aria-label="打印本年台账">
      <span>打印：</span>
      {ledgers.map((l) => (
        <Button key={l.id} onClick={() => void navigate(`/print/${l.id}?year=${year}`)}>
          {l.title}
        </Button>
      ))}
    </Space>
  );
}
