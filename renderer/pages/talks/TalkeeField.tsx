import { Col, Form, Input, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { talkInput, type MemberSummary } from '../../../electron/api/index.js';
import { call } from '../../api.js';
import { contractRule } from '../../components/formRules.js';

const shape = talkInput.shape;
type Source = 'member' | 'other';

/** Every member, including those who have left: a past year's talk may be with one of them. */
function useRoster(): MemberSummary[] {
  const [list, setList] = useState<MemberSummary[]>([]);
  useEffect(() => {
    let current = true;
    // Without the list only picking from the roster is lost; a free name still works.
    call('members.list', { scope: 'all' }).then(
      (l) => current && setList(l),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return list;
}

/**
 * 谈话对象: a roster member (searchable by name or pinyin initials), or anyone else by name,
 * such as an applicant for membership. Only talks with members count towards 每人每年一次.
 */
export function TalkeeField() {
  const form = Form.useFormInstance();
  const roster = useRoster();
  const [source, setSource] = useState<Source>(() =>
    form.getFieldValue('memberId') || !form.getFieldValue('talkee') ? 'member' : 'other',
  );
  const options = roster.map((m) => ({
    value: m.id,
    label: `${m.name}${m.groupName ? `（${m.groupName}）` : ''}${m.status === 'active' ? '' : '（已离开）'}`,
    search: `${m.name} ${m.searchKey}`,
  }));

  const switchTo = (s: Source) => {
    setSource(s);
    form.setFieldsValue({ memberId: null, talkee: '' });
  };

  const picked = (id: string | undefined) => {
    const m = roster.find((r) => r.id === id);
    form.setFieldsValue({ talkee: m?.name ?? '', talkeePost: m ? m.partyPost || '党员' : '' });
  };

  return (
    <>
      <Col span={24}>
        <Form.Item label="谈话对象是">
          <Radio.Group
            value={source}
            onChange={(e) => switchTo(e.target.value as Source)}
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'member', label: '本支部党员' },
              { value: 'other', label: '其他人员（如入党申请人、群众）' },
            ]}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        {source === 'member' ? (
          <>
            <Form.Item
              name="memberId"
              label="谈话对象"
              required
              rules={[{ required: true, message: '请选择谈话对象' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'search' }}
                options={options}
                placeholder="输入姓名或拼音首字母查找"
                onChange={picked}
              />
            </Form.Item>
            <Form.Item name="talkee" hidden>
              <Input />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="talkee" label="谈话对象姓名" required rules={[contractRule(shape.talkee)]}>
            <Input maxLength={20} />
          </Form.Item>
        )}
      </Col>
      <Col span={12}>
        <Form.Item name="talkeePost" label="谈话对象职务/身份" rules={[contractRule(shape.talkeePost)]}>
          <Input maxLength={30} placeholder="如：党员、入党申请人、党小组长" />
        </Form.Item>
      </Col>
    </>
  );
}
