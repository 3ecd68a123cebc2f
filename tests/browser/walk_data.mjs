// What the whole-path tests answer and what the standard's data says it is worth: shared by the
// walk by mouse (walk.test.mjs) and the walk by keyboard alone (keyboard.test.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { root } from './harness.mjs';

const data = (f) => JSON.parse(fs.readFileSync(path.join(root, 'core/standards/shaoxing-2019', f), 'utf8'));
export const tables = data('tables.json');
export const { conditions } = data('conditions.json');
export const { modes } = data('modes.json');

// Points the table's data gives for the answers this walk clicks (an oracle independent of the core).
function bandPoints(item, value) {
  const band = item.bands.find((b) => (b.min === null || value >= b.min) && (b.max === null || value < b.max));
  return band ? band.points : 0;
}
export function expectedPoints(item, metrics) {
  switch (item.answer) {
    case 'bool': return item.points;
    case 'set': return item.count_points ? item.count_points[Math.min(2, item.count_points.length - 1)]
                                         : item.options.slice(0, 2).reduce((a, o) => a + o.points, 0);
    case 'choice': return item.options.find((o) => o.key === 'average').points;
    default: return bandPoints(item, metrics[item.metric]);
  }
}

export const figures = {
  关键生产装备总数: '20', 其中数控装备数: '13', 生产设备总数: '40', 其中联网设备数: '22',
  主要生产装备总数: '30', 其中智能装备数: '24', '应用研发设计及管理工具的岗位/环节总数': '10', 其中已应用数: '8',
  控制回路总数: '50', 其中自控投用回路数: '40', 主营业务收入: '52000', 研究与试验发展经费支出: '1300',
  改造前人均产出或单位时间产量: '100', 改造后人均产出或单位时间产量: '118', 改造前不良品率: '3.2', 改造后不良品率: '2.9',
  改造前低端岗位用工人数: '120', 改造后低端岗位用工人数: '95', 企业亩均产值: '420', 上一年度行业亩均产值平均值: '380',
};
// What those figures give (the app stores two decimals, never rounding up across an edge).
export const metrics = { cnc_rate: 65, network_rate: 55, smart_equipment_rate: 80, rd_tools_rate: 80, auto_control_rate: 80,
                  rd_ratio: 2.5, efficiency_gain: 18, defect_reduction: 9.37, low_end_labor_reduction: 20.83 };

