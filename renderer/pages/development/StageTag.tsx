import { Tag } from 'antd';
import { DEV_STAGE_LABELS, type DevStage } from '../../../electron/api/index.js';

/** 预备党员 is gold and 正式党员 red, as in the roster; earlier stages get calmer colours. */
export const STAGE_COLORS: Record<DevStage, string> = {
  applicant: 'blue',
  activist: 'cyan',
  candidate: 'purple',
  probationary: 'gold',
  member: 'red',
  cancelled: 'default',
};

export function StageTag({ stage, large = false }: { stage: DevStage; large?: boolean }) {
  return (
    <Tag color={STAGE_COLORS[stage]} style={large ? { fontSize: 15 } : undefined}>
      {DEV_STAGE_LABELS[stage]}
    </Tag>
  );
}
