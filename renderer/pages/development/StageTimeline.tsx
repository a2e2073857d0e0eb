import { Button, Collapse, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  DEV_STEP_LABELS,
  DEV_STEPS,
  OFFICE_STEPS,
  REPEATABLE_STEPS,
  STAGE_TITLES,
  STEP_STAGE,
  type DevDetail,
  type DevStep,
  type StepRecord,
} from '../../../electron/api/index.js';
import { useReadOnly } from '../../stores/lens.js';
import { STAGE_NUMBERS, stepState, type StageNumber } from './stepForms.js';
import { stepDetailLines } from './stepText.js';

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五'];
const GAP = { marginLeft: 16 } as const;
const stepsOf = (stage: StageNumber) => DEV_STEPS.filter((s) => STEP_STAGE[s] === stage);

/**
 * A stage is opened when something in it can be recorded now; with nothing left to record
 * (转正 done, or 取消资格) the stages that hold records are.
 */
function stagesToOpen(p: DevDetail): string[] {
  const open = STAGE_NUMBERS.filter((n) =>
    stepsOf(n).some((s) => !REPEATABLE_STEPS.includes(s) && stepState(s, p) === 'open'),
  );
  const recorded = STAGE_NUMBERS.filter((n) => stepsOf(n).some((s) => p.steps.some((r) => r.step === s)));
  return (open.length ? open : recorded).map(String);
}

function RecordLine({ step, record }: { step: DevStep; record: StepRecord }) {
  const lines = stepDetailLines(step, record);
  return (
    <div>
      <Typography.Text strong>{record.date}</Typography.Text>
      {lines.length > 0 && (
        <Typography.Text type="secondary" style={GAP}>
          {lines.join('；')}
        </Typography.Text>
      )}
      {record.details.meetingId && (
        <Link to={`/meetings/${record.details.meetingId}`} style={GAP}>
          查看会议记录
        </Link>
      )}
    </div>
  );
}

interface StepItemProps {
  step: DevStep;
  person: DevDetail;
  onRecord: (step: DevStep) => void;
  /** The branch is enrolled with an office, which records its own steps. */
  withOffice: boolean;
}

/** The steps the upper-level 党委 takes (备案、预审、审批), recorded on the office's side. */
const byOffice = (step: DevStep) => (OFFICE_STEPS as readonly DevStep[]).includes(step);

/** A step's records (several for 考察) and, when it can be recorded now, its button. */
function StepContent({ step, person, onRecord, withOffice }: StepItemProps) {
  const records = person.steps.filter((r) => r.step === step);
  const state = stepState(step, person);
  const label = DEV_STEP_LABELS[step];
  const repeatable = REPEATABLE_STEPS.includes(step);
  const next = person.nextStep === step;
  const office = withOffice && byOffice(step) && !repeatable;
  const readOnly = useReadOnly();
  // An office looking at the branch sees the records only.
  const open = state === 'open' && !readOnly;
  return (
    <Space orientation="vertical" size={4} style={{ paddingBottom: 8 }}>
      {records.map((r) => (
        <RecordLine key={r.id} step={step} record={r} />
      ))}
      {open &&
        (repeatable ? (
          <Button aria-label={`添加考察记录：${label}`} onClick={() => onRecord(step)}>
            添加考察记录
          </Button>
        ) : office ? (
          <>
            <Typography.Text type="secondary">
              由上级党委办理：导出数据包给上级党委，办理结果随上级的数据包自动登记
            </Typography.Text>
            <Button aria-label={`登记${label}`} onClick={() => onRecord(step)}>
              登记（上级未用本系统时）
            </Button>
          </>
        ) : (
          <Button type={next ? 'primary' : 'default'} aria-label={`登记${label}`} onClick={() => onRecord(step)}>
            登记
          </Button>
        ))}
      {repeatable && open && records.length === 0 && (
        <Typography.Text type="secondary">每半年至少考察一次</Typography.Text>
      )}
    </Space>
  );
}

function stepStatus(step: DevStep, p: DevDetail): 'wait' | 'process' | 'finish' | 'error' {
  if (p.checks.some((c) => c.step === step && c.level === 'flag')) return 'error';
  const done = p.steps.some((r) => r.step === step);
  if (done) return 'finish';
  return p.nextStep === step ? 'process' : 'wait';
}

function StageSteps({
  stage,
  person,
  onRecord,
  withOffice,
}: {
  stage: StageNumber;
  person: DevDetail;
  onRecord: (s: DevStep) => void;
  withOffice: boolean;
}) {
  const steps = stepsOf(stage);
  return (
    <Steps
      orientation="vertical"
      initial={DEV_STEPS.indexOf(steps[0] as DevStep)}
      // Only the next step is current; antd would otherwise treat a stage's first step as such.
      current={person.nextStep && steps.includes(person.nextStep) ? DEV_STEPS.indexOf(person.nextStep) : -1}
      items={steps.map((step) => ({
        key: step,
        status: stepStatus(step, person),
        title: DEV_STEP_LABELS[step],
        // antd greys a waiting step's title; one that can be recorded now must not look disabled.
        styles: stepState(step, person) === 'open' ? { title: { color: 'rgba(0,0,0,0.88)' } } : undefined,
        subTitle: person.nextStep === step ? <Tag color="blue">下一步</Tag> : undefined,
        content: <StepContent step={step} person={person} onRecord={onRecord} withOffice={withOffice} />,
      }))}
    />
  );
}

/** Where a stage stands, for its header: how many of its steps are recorded. */
function stageSummary(stage: StageNumber, p: DevDetail): string {
  const steps = stepsOf(stage).filter((s) => !REPEATABLE_STEPS.includes(s));
  const done = steps.filter((s) => p.steps.some((r) => r.step === s)).length;
  if (done === 0) return '未开始';
  return done === steps.length ? '已完成' : `已登记 ${done}/${steps.length} 步`;
}

/**
 * The 25 steps in their 5 stages. Stages with something to record are open; one that becomes
 * recordable after a save opens too, while stages the user opened or closed stay as they are.
 */
export function StageTimeline({
  person,
  onRecord,
  withOffice = false,
}: {
  person: DevDetail;
  onRecord: (s: DevStep) => void;
  /** Enrolled with an office: its own steps say so, and their 登记 is the fallback. */
  withOffice?: boolean;
}) {
  const wanted = stagesToOpen(person);
  const [open, setOpen] = useState<string[]>(wanted);
  const [seen, setSeen] = useState(wanted.join());
  if (seen !== wanted.join()) {
    setSeen(wanted.join());
    setOpen([...new Set([...open, ...wanted])]);
  }
  return (
    <Collapse
      activeKey={open}
      onChange={(keys) => setOpen(keys)}
      items={STAGE_NUMBERS.map((n) => ({
        key: String(n),
        label: (
          <Typography.Text strong style={{ fontSize: 17 }}>
            第{CHINESE_NUMBERS[n - 1]}阶段 {STAGE_TITLES[n - 1]}
          </Typography.Text>
        ),
        extra: <Typography.Text type="secondary">{stageSummary(n, person)}</Typography.Text>,
        children: <StageSteps stage={n} person={person} onRecord={onRecord} withOffice={withOffice} />,
      }))}
    />
  );
}
