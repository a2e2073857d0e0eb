import type { Breakdown } from '../../../electron/api/index.js';
import type { ChartOption } from '../../components/EChart.js';

/** Party red first, then calm colours that print legibly in grey. */
const PALETTE = ['#c41d1d', '#e58a1f', '#2f6fb0', '#3a9a5b', '#8a5cb8', '#8c8c8c', '#d4a72c', '#4aa3a8', '#b05c7a'];

/** Two or three parts of a whole read best as a ring; longer lists as bars. */
export function breakdownChart(b: Breakdown): ChartOption {
  const items = b.items.filter((i) => i.count > 0 || b.items.length > 4);
  if (items.length <= 3)
    return {
      color: PALETTE,
      tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          label: { formatter: '{b}\n{c} 人' },
          data: items.map((i) => ({ name: i.label, value: i.count })),
        },
      ],
    };
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: items.map((i) => i.label),
      axisLabel: { interval: 0, rotate: items.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barMaxWidth: 36, data: items.map((i) => i.count), label: { show: true, position: 'top' } }],
  };
}
