// The supervisors' "Báo cáo" page on the officers' desk: the month's Decision 766 scorecard of the agency beside
// the province, the downloads officials open in Excel (06a/06b, the scorecard), and what citizens said of the
// agency's handling (counts per level and each rating with its comment, already masked by tracking).
import { api, el, pageIn, pageNav, showProblem, when } from './app.js';

const thisMonth = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 7);
const SOURCE = { ONLINE: 'Trực tuyến', LOOKUP: 'Tra cứu', LINK: 'Liên kết trong thông báo', COUNTER: 'Tại quầy' };
const number = (n) => (n === null || n === undefined ? '' : Number(n).toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/** Saves a file the API answers (an .xlsx) under the name it gives in Content-Disposition's stead. */
async function download(path, name, where) {
  try {
    const blob = await api(path, { base: 'tracking', raw: true });
    const a = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    a.remove();
  } catch (e) {
    showProblem(where, e);
  }
}

function scorecardTable(card, province) {
  const rows = [];
  card.groups.forEach((g, gi) => g.indicators.forEach((i, ii) => {
    const p = province.groups[gi].indicators[ii];
    rows.push(el('tr', { 'data-indicator': i.key, class: i.measured ? '' : 'muted' },
      el('td', {}, ii === 0 ? g.label : ''), el('td', {}, i.label), el('td', { class: 'number' }, number(i.weight)),
      el('td', { class: 'number' }, i.measured ? (i.whole === 0 ? 'Không phát sinh' : `${number(i.part)}/${number(i.whole)}`) : 'Chưa đo được'),
      el('td', { class: 'number points' }, number(i.points)), el('td', { class: 'number' }, number(p.points))));
  }));
  return el('table', { class: 'scorecard' },
    el('thead', {}, el('tr', {}, ['Nhóm', 'Chỉ số', 'Trọng số', 'Số liệu', 'Điểm cơ quan', 'Điểm toàn tỉnh'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row', colspan: 4 }, 'Tổng (trên số điểm đo được)'),
      el('td', { class: 'number total' }, `${number(card.points)}/${number(card.maxPoints)} · ${number(card.percent)}%`),
      el('td', { class: 'number' }, `${number(province.points)}/${number(province.maxPoints)} · ${number(province.percent)}%`))));
}

/**
 * The month and the year as two lists: an <input type=month> is a bare text box in Firefox and Safari on a desktop,
 * where "11/2026" typed as one would read fell back to this month without a word, and Chrome names it in English.
 */
function monthPicker(y, m) {
  const now = Number(thisMonth().slice(0, 4));
  const years = [...new Set([...Array(5).keys()].map((i) => now - 4 + i).concat(y))].sort((a, b) => a - b);
  const option = (value, label, chosen) => el('option', { value, selected: chosen }, label);
  const picker = el('form', { class: 'inline' }, el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true }),
    el('label', {}, 'Tháng', el('select', { name: 'month' }, [...Array(12).keys()].map((i) => option(i + 1, `Tháng ${i + 1}`, i + 1 === m)))),
    el('label', {}, 'Năm', el('select', { name: 'year' }, years.map((x) => option(x, String(x), x === y)))),
    el('button', { type: 'submit' }, 'Xem'));
  picker.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#/bao-cao/${picker.elements.year.value}-${picker.elements.month.value.padStart(2, '0')}`;
  });
  return picker;
}

export async function reports(page, arg, more) {
  const month = /^\d{4}-\d{2}$/.test(arg || '') ? arg : thisMonth();
  const number = pageIn(more); // #/bao-cao/2026-12/1: the month's ratings, second page
  const [scale, r, s, agencies] = await Promise.all([api('/api/satisfaction/scale', { base: 'tracking' }),
    api(`/api/satisfaction/ratings?month=${month}&page=${number}`, { base: 'tracking' }), api('/api/scorecard?month=' + month, { base: 'tracking' }),
    api('/api/agencies')]);
  const agencyName = agencies.find((a) => a.code === r.agency)?.name || r.agency;
  const [y, m] = month.split('-').map(Number);
  const picker = monthPicker(y, m);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const downloads = el('p', { class: 'downloads' },
    el('button', { type: 'button', onclick: () => download(`/api/scorecard/xlsx?month=${month}`, `bo-chi-so-766-${month}.xlsx`, picker) }, 'Tải Bộ chỉ số 766 (Excel)'), ' ',
    el('button', { type: 'button', onclick: () => download(`/api/statistics/xlsx?from=${month}-01&to=${month}-${last}&agency=${r.agency}`,
      `bao-cao-06a-${month}.xlsx`, picker) }, 'Tải báo cáo 06a (Excel)'), ' ',
    el('button', { type: 'button', onclick: () => download(`/api/reports/ledger?month=${month}&agency=${r.agency}`,
      `so-theo-doi-ho-so-${month}.xlsx`, picker) }, 'Tải sổ theo dõi hồ sơ (mẫu 07, Excel)'));
  const card = s.agencies.find((c) => c.scope === r.agency);
  const counts = el('table', { class: 'counts' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Mức độ'), el('th', { scope: 'col' }, 'Số đánh giá'))),
    el('tbody', {}, Object.entries(scale.levels).map(([level, label]) => el('tr', { 'data-level': level }, el('td', {}, label), el('td', { class: 'number' }, r.counts[level] ?? 0))),
      el('tr', {}, el('th', { scope: 'row' }, 'Tổng'), el('td', { class: 'number' }, r.total))));
  const list = r.ratings.length === 0 ? el('p', { class: 'muted' }, 'Chưa có đánh giá nào trong tháng.') : el('table', { class: 'ratings' },
    el('thead', {}, el('tr', {}, ['Hồ sơ', 'Lúc', 'Kênh', 'Mức độ', 'Ý kiến'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, r.ratings.map((x) => el('tr', { 'data-code': x.dossierCode }, el('td', {}, x.dossierCode, el('br'), el('span', { class: 'muted' }, x.dossierEnd)),
      el('td', {}, when(x.ratedAt)), el('td', {}, SOURCE[x.source] || x.source), el('td', {}, x.overallLabel), el('td', { class: 'comment' }, x.comment || '')))));
  page('Báo cáo', el('p', { class: 'scope' }, `${agencyName}, tháng ${month.slice(5)}/${month.slice(0, 4)}.`), picker, downloads,
    el('h3', {}, 'Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766)'),
    card ? scorecardTable(card, s.province) : el('p', { class: 'muted' }, 'Chưa có số liệu của cơ quan trong tháng.'),
    el('h3', {}, 'Mức độ hài lòng'), counts, el('h3', {}, 'Các đánh giá'), list,
    r.pages > 1 ? pageNav(r, (n) => { location.hash = `#/bao-cao/${month}/${n}`; }) : '');
}
