// A batch of submissions for the desk's browser tests (desk_page, a11y, keyboard), and the desk
// opened with it through the file chooser as a reviewer does.
import fs from 'node:fs';
import path from 'node:path';
import { press, settle, root } from './harness.mjs';

const fixture = (name) => JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures', name), 'utf8'));

// A batch a district might receive: both types, several districts and categories, a broken file.
export function deskBatch(count = 18) {
  const docs = [fixture('discrete-full.json'), fixture('process-full.json'), fixture('discrete-partial.json')];
  const districts = ['yuecheng', 'keqiao', 'shangyu', 'zhuji', 'shengzhou', 'xinchang'];
  const files = [];
  for (let i = 0; i < count; i++) {
    const base = docs[i % docs.length];
    const doc = { ...base, enterprise: { ...base.enterprise, name: `绍兴市示例企业${i + 1}有限公司`, district: districts[i % districts.length] } };
    files.push({ name: `企业${String(i + 1).padStart(2, '0')}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  }
  files.push({ name: '损坏的文件.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  return files;
}

// Opens the desk from 开始 and hands it the batch through the file chooser.
export async function openDeskWith(page, files) {
  await press(page, '打开审核台');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'desk.open')]);
  await chooser.setFiles(files);
  // Every file read: the summary counts them all (on a phone the table's rows may be below the fold).
  await page.waitForFunction((n) => document.getElementById('a11y').textContent.includes(`共 ${n} 份文件`), files.length, { timeout: 60000 });
  await settle(page);
}

