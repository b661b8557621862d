// The supervisors' "Báo cáo" page on the officers' desk: what citizens said of the agency's handling in a month
// (counts per level and each rating with its comment, already masked by tracking).
import { api, el, when } from './app.js';

const thisMonth = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 7);
const SOURCE = { ONLINE: 'Trực tuyến', LOOKUP: 'Tra cứu', LINK: 'Liên kết trong thông báo', COUNTER: 'Tại quầy' };

export async function reports(page, arg) {
  const month = /^\d{4}-\d{2}$/.test(arg || '') ? arg : thisMonth();
  const [scale, r] = await Promise.all([api('/api/satisfaction/scale', { base: 'tracking' }),
    api('/api/satisfaction/ratings?month=' + month, { base: 'tracking' })]);
  const picker = el('form', { class: 'inline' }, el('label', {}, 'Tháng', el('input', { type: 'month', name: 'month', value: month })),
    el('button', { type: 'submit' }, 'Xem'));
  picker.addEventListener('submit', (ev) => { ev.preventDefault(); location.hash = '#/bao-cao/' + picker.elements.month.value; });
  const counts = el('table', { class: 'counts' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Mức độ'), el('th', { scope: 'col' }, 'Số đánh giá'))),
    el('tbody', {}, Object.entries(scale.levels).map(([level, label]) => el('tr', { 'data-level': level }, el('td', {}, label), el('td', { class: 'number' }, r.counts[level] ?? 0))),
      el('tr', {}, el('th', { scope: 'row' }, 'Tổng'), el('td', { class: 'number' }, r.total))));
  const list = r.ratings.length === 0 ? el('p', { class: 'muted' }, 'Chưa có đánh giá nào trong tháng.') : el('table', { class: 'ratings' },
    el('thead', {}, el('tr', {}, ['Hồ sơ', 'Lúc', 'Kênh', 'Mức độ', 'Ý kiến'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, r.ratings.map((x) => el('tr', { 'data-code': x.dossierCode }, el('td', {}, x.dossierCode, el('br'), el('span', { class: 'muted' }, x.dossierEnd)),
      el('td', {}, when(x.ratedAt)), el('td', {}, SOURCE[x.source] || x.source), el('td', {}, x.overallLabel), el('td', { class: 'comment' }, x.comment || '')))));
  page('Báo cáo — Mức độ hài lòng', el('p', {}, `Cơ quan ${r.agency}, tháng ${month.slice(5)}/${month.slice(0, 4)}.`), picker, counts,
    el('h3', {}, 'Các đánh giá'), list, r.pages > 1 ? el('p', { class: 'muted' }, `Hiển thị 50 đánh giá mới nhất trên tổng số ${r.total}.`) : '');
}
