import { Col, Row } from 'antd';
import { MODE_LABELS, MODES, type Mode } from '../../../electron/api/index.js';

const MODE_TEXT: Record<Mode, string> = {
  branch: '村、社区、机关、企业、学校等党支部使用：登记党员和支委会，记录组织生活、党费，打印台账，向上级报送。',
  office: '乡镇（街道）党委、县级党组织使用：接收各党支部报送的数据，汇总统计，审核备案。',
};

/** First step of setup: two large cards, one click. */
export function ModeChoice({ onChoose }: { onChoose: (mode: Mode) => void }) {
  return (
    <Row gutter={24}>
      {MODES.map((m) => (
        <Col span={12} key={m}>
          <button
            type="button"
            className="choice-card"
            aria-labelledby={`mode-${m}-title`}
            aria-describedby={`mode-${m}-text`}
            onClick={() => onChoose(m)}
          >
            <div id={`mode-${m}-title`} className="choice-card-title">
              {MODE_LABELS[m]}
            </div>
            <div id={`mode-${m}-text`} className="choice-card-text">
              {MODE_TEXT[m]}
            </div>
          </button>
        </Col>
      ))}
    </Row>
  );
}
