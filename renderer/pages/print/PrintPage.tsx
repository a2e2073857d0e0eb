import { Col, Row, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { LEDGER_CATALOGUE } from '../../../electron/api/index.js';
import { CompletenessCard } from './CompletenessCard.js';

/** The ledgers this installation can print; one click opens the preview. */
export function PrintPage() {
  const navigate = useNavigate();
  return (
    <>
      <Typography.Paragraph style={{ fontSize: 17 }}>
        请点击要打印的台账，先看预览，再打印或保存为 PDF。
      </Typography.Paragraph>
      <Row gutter={[24, 24]}>
        {LEDGER_CATALOGUE.map((l) => (
          <Col key={l.id} xs={24} md={12} xl={8}>
            <button
              type="button"
              className="choice-card"
              aria-labelledby={`ledger-${l.id}-title`}
              aria-describedby={`ledger-${l.id}-text`}
              onClick={() => void navigate(`/print/${l.id}`)}
            >
              <div id={`ledger-${l.id}-title`} className="choice-card-title" style={{ fontSize: 21 }}>
                {l.title}
              </div>
              <div id={`ledger-${l.id}-text`} className="choice-card-text">
                A4 {l.orientation === 'portrait' ? '竖版' : '横版'}
                {l.yearly ? '，按年度打印' : ''}
              </div>
            </button>
          </Col>
        ))}
      </Row>
      <div style={{ marginTop: 24 }}>
        <CompletenessCard />
      </div>
    </>
  );
}
