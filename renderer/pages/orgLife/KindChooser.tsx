import { Col, Modal, Row } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ACTIVITY_KINDS, ACTIVITY_LABELS, type ActivityKind } from '../../../electron/api/index.js';

const HINTS: Record<ActivityKind, string> = {
  congress: '全体党员参加，讨论决定重要事项',
  committee: '支部委员参加，研究日常工作',
  group: '按党小组开展学习讨论',
  lecture: '书记或其他同志讲党课',
  theme_day: '每月固定一天集中开展活动',
  org_life: '查摆问题、批评与自我批评、整改',
  appraisal: '评定每名党员的等次',
};

/** 新增记录 starts by choosing what was held, so the form asks only what that needs. */
export function KindChooser({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <Modal open title="新增记录：请选择活动类型" footer={null} onCancel={onClose} width={760}>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {ACTIVITY_KINDS.map((k) => (
          <Col key={k} span={12}>
            <button
              type="button"
              className="choice-card"
              style={{ padding: '14px 18px' }}
              aria-describedby={`kind-${k}-text`}
              onClick={() => void navigate(`/meetings/new?kind=${k}`)}
            >
              <div className="choice-card-title" style={{ fontSize: 20, marginBottom: 4 }}>
                {ACTIVITY_LABELS[k]}
              </div>
              <div id={`kind-${k}-text`} className="choice-card-text" style={{ fontSize: 15 }}>
                {HINTS[k]}
              </div>
            </button>
          </Col>
        ))}
      </Row>
    </Modal>
  );
}
