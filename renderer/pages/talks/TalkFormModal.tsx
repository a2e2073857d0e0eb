import { Col, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { talkInput, TALK_TYPES, type Input as OpInput, type Talk } from '../../../electron/api/index.js';
import { contractRule } from '../../components/formRules.js';
import { FormModal } from '../../components/FormModal.js';
import { IsoDatePicker } from '../../components/IsoDatePicker.js';
import { useOrgLifeStore } from '../../stores/orgLife.js';
import { useOrgStore } from '../../stores/org.js';
import { TalkeeField } from './TalkeeField.js';

type TalkValues = OpInput<'talks.save'>;

const shape = talkInput.shape;
const FIELDS = Object.keys(shape);
const typeOptions = TALK_TYPES.map((t) => ({ value: t, label: t }));
const rule = (field: keyof typeof shape) => [contractRule(shape[field])];

interface TalkFormModalProps {
  /** The record being corrected; absent when adding one. */
  talk?: Talk;
  onClose: () => void;
}

/** 谈心谈话记录: who talked with whom, when and about what, and what was agreed. */
export function TalkFormModal({ talk, onClose }: TalkFormModalProps) {
  const saveTalk = useOrgLifeStore((s) => s.saveTalk);
  const secretary = useOrgStore((s) => s.overview?.committee.find((c) => c.position === 'secretary')?.name ?? '');
  const initial: Partial<TalkValues> = talk ?? {
    heldOn: dayjs().format('YYYY-MM-DD'),
    talker: secretary,
    talkerPost: secretary ? '党支部书记' : '',
    talkType: '谈心',
    talkee: '',
    topic: '',
  };

  const save = async (values: TalkValues) => {
    await saveTalk({ ...values, id: talk?.id });
  };

  return (
    <FormModal<TalkValues>
      title={talk ? '修改谈话记录' : '新增谈话记录'}
      width={900}
      fields={FIELDS}
      initialValues={initial}
      onSave={save}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="talker" label="谈话人" required rules={rule('talker')}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="talkerPost" label="谈话人职务" rules={rule('talkerPost')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="talkType" label="谈话类型" rules={rule('talkType')}>
            <Select options={typeOptions} />
          </Form.Item>
        </Col>
        <TalkeeField />
        <Col span={8}>
          <Form.Item name="heldOn" label="谈话日期" required rules={rule('heldOn')}>
            <IsoDatePicker />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="place" label="地点" rules={rule('place')}>
            <Input maxLength={60} placeholder="如：村党群服务中心、党员家中" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="topic" label="谈话主题" required rules={rule('topic')}>
            <Input maxLength={100} placeholder="如：了解思想和生产生活情况，听取对支部工作的意见" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="content" label="主要内容" rules={rule('content')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="feedback" label="对方反映的问题和意见建议" rules={rule('feedback')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="followUp" label="约定事项/落实情况" rules={rule('followUp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
