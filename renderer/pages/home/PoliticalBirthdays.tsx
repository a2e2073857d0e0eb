import { Card, Empty, Spin } from 'antd';
import { Link } from 'react-router-dom';
import type { HomeReminders } from '../../../electron/api/index.js';

function dayOf(isoDate: string): string {
  return `${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8, 10))}日`;
}

/** 本月政治生日: members who joined in this month of an earlier year, for the monthly greeting. */
export function PoliticalBirthdays({ home, failed }: { home: HomeReminders | null; failed: boolean }) {
  const month = home ? Number(home.today.slice(5, 7)) : null;
  return (
    <Card
      title={month ? `${month}月政治生日` : '本月政治生日'}
      extra={home && home.politicalBirthdays.length > 0 ? `共 ${home.politicalBirthdays.length} 人` : undefined}
      style={{ height: '100%' }}
    >
      {!home && !failed && <Spin />}
      {!home && failed && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有读出来" />}
      {home && home.politicalBirthdays.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本月没有党员过政治生日" />
      )}
      {home && home.politicalBirthdays.length > 0 && (
        // A large branch can have dozens in a month: the list scrolls instead of stretching the page.
        <ul
          aria-label="本月政治生日"
          style={{
            margin: 0,
            paddingLeft: 20,
            display: 'grid',
            gap: 8,
            fontSize: 16,
            maxHeight: 320,
            overflowY: 'auto',
          }}
        >
          {home.politicalBirthdays.map((p) => (
            <li key={p.id}>
              <Link to={`/members/${p.id}`}>{p.name}</Link>：{dayOf(p.joinedOn)}，入党 {p.years} 周年
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
