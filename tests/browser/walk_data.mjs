// What the whole-path tests answer and what the standard's data says it is worth: shared by the
// walk by mouse (walk.test.mjs) and the walk by keyboard alone (keyboard.test.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { root, widgetsNamed } from './harness.mjs';

const data = (f) => JSON.parse(fs.readFileSync(path.join(root, 'core/standards/shaoxing-2019', f), 'utf8'));
export const tables = data('tables.json');
export const { conditions } = data('conditions.json');
export const { modes } = data('modes.json');
const { facts } = data('document.json');

// The words of the answer that meets condition `c` for one of its bool facts: the radio labelled
// "<condition> · 已在绍兴市注册", "<condition> · 未被撤销" (第十四条 wants the fact false).
export function meetingWords(c, key) {
  const fact = facts.find((f) => f.key === key);
  return c.rule.kind === 'fact_false' ? fact.when_false : fact.when_true;
}

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


async function named(page, ...parts) {
  const found = await widgetsNamed(page, ...parts);
  assert.ok(found.length > 0, `no widget named with ${parts.join(' + ')}`);
  return found[0];
}

// The widget named exactly `name` ("具有独立法人资格" is a part of "不具有独立法人资格").
export async function exactly(page, name) {
  const found = (await widgetsNamed(page, name)).filter((w) => w.name === name);
  assert.equal(found.length, 1, `one widget named ${name}`);
  return found[0];
}

// The answers both walks give, on the screen each is on; `choose` picks a radio, `toggle` ticks a
// check box (by mouse in one walk, by keyboard in the other).
export async function answerConditions(page, { choose, toggle }) {
  for (const c of conditions) {
    if (c.rule.kind === 'facts_true') {
      for (const key of c.rule.facts) {
        const fact = facts.find((f) => f.key === key);
        // With several facts the context names each one (condition · fact label).
        const context = c.rule.facts.length > 1 ? `${c.title} · ${fact.label}` : c.title;
        await choose(await exactly(page, `${context} · ${meetingWords(c, key)}`));
      }
    } else if (c.rule.kind === 'fact_false') {
      await choose(await exactly(page, `${c.title} · ${meetingWords(c, c.rule.fact)}`));
    } else if (c.rule.kind === 'set_nonempty') {
      const boxes = (await widgetsNamed(page, c.title)).filter((w) => w.checked !== undefined && !w.name.includes('以上均无'));
      await toggle(boxes[0]);
    }
  }
}

// `only`: the sections to answer (their indexes; all by default).
export async function answerItems(page, type, { choose, toggle }, only = null) {
  for (const [index, section] of tables[type].sections.entries()) {
    if (only && !only.includes(index)) continue;
    for (const item of section.items) {
      const context = `${item.id} ${item.title}`;
      if (item.answer === 'bool') await choose(await named(page, context, ' · 有'));
      else if (item.answer === 'set') for (const o of item.options.slice(0, 2)) await toggle(await named(page, context, ` · ${o.label}`));
      else if (item.answer === 'choice') await choose(await named(page, context, ` · ${item.options.find((o) => o.key === 'average').label}`));
    }
  }
}

// `count`: how many of its elements to rate (all by default).
export async function rateMode(page, type, { choose }, count = Infinity) {
  const mode = modes.find((m) => m.key === type);
  for (let n = 1; n <= Math.min(count, mode.elements.length); n++) await choose(await named(page, mode.title, `要素${n} `, ' · 具备'));
}

// What part of the walk's answers (answerItems' `only`, rateMode's `count`) is worth, item by item:
// the items of the answered sections and every rate (the figures give those).
export function assertPartialEvaluation(e, type, only, count) {
  for (const [index, section] of tables[type].sections.entries()) {
    for (const item of section.items) {
      if (!only.includes(index) && item.answer !== 'metric') continue;
      assert.equal(e.items.find((i) => i.id === item.id).points, expectedPoints(item, metrics), `item ${item.id}`);
    }
  }
  assert.equal(e.complete, false, 'sections were left unanswered');
  assert.equal(e.modes[type].met, count);
}

// What those answers are worth by the table's data, item by item, against the core's evaluation.
export function assertWalkEvaluation(e, type) {
  let total = 0;
  for (const section of tables[type].sections) {
    for (const item of section.items) {
      const points = expectedPoints(item, metrics);
      total += points;
      assert.equal(e.items.find((i) => i.id === item.id).points, points, `item ${item.id}`);
    }
  }
  assert.equal(e.total, total);
  assert.equal(e.complete, true, 'every item answered');
  for (const c of ['line', 'workshop', 'factory']) assert.equal(e.categories[c].eligible, true, c);
  assert.equal(e.modes[type].basically_met, true);
}
