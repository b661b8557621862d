// The counter officer's desk: receiving in person (keyboard first, required components checked), accepting or
// refusing online submissions, the agency's queue by due date, actions on a dossier and its printed forms.
import { api, boot, clearProblem, documentList, el, isDossierCode, login, openPdf, PAGE_SIZE, pageIn, pageNav, pager, parseVietnameseDate, roles, showProblem, timeline, when, whenTracked } from './app.js';
import { feedbackDesk } from './feedback-desk.js';
import { forStanding } from './rating.js';
import { reports } from './reports.js';

const page = pager('Một cửa');
let st;

// What each action asks for: nothing else is shown (a return needs no agency, a start no reason).
const NEEDS = { HAND_OVER: ['toAgency', 'stepWorkingDays', 'reason'], REQUEST_SUPPLEMENT: ['reason'], SUSPEND: ['reason'],
  APOLOGIZE: ['reason', 'newAppointment'], WITHDRAW: ['reason'] };
const REASON_LABEL = { HAND_OVER: 'Nội dung chuyển (nếu có)', REQUEST_SUPPLEMENT: 'Giấy tờ cần bổ sung, lý do', SUSPEND: 'Lý do dừng xử lý',
  APOLOGIZE: 'Lý do chậm trả kết quả', WITHDRAW: 'Lý do rút hồ sơ (nếu có)' };

// Who hands the dossier in at the counter: a citizen by their ID number, a business or an organisation by its tax code.
const APPLICANTS = {
  CITIZEN: { kind: 'Công dân', name: 'Họ và tên', id: 'Số định danh cá nhân (CCCD)', inputmode: 'numeric' },
  BUSINESS: { kind: 'Doanh nghiệp', name: 'Tên doanh nghiệp', id: 'Mã số thuế', inputmode: 'text' },
  ORGANISATION: { kind: 'Tổ chức', name: 'Tên tổ chức', id: 'Mã số thuế', inputmode: 'text' },
};

const problemBox = () => el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true });

async function counter() {
  // Only what this agency may receive: a commune-level procedure at a provincial centre is refused after the form.
  const [all, agencies] = await Promise.all([api('/api/procedures'), api('/api/agencies')]);
  const own = agencies.find((a) => a.code === st.claims.agency);
  const procedures = own ? all.filter((p) => p.agencyLevel === own.level) : all;
  const components = el('fieldset', { 'data-field': 'documents' }, el('legend', {}, 'Thành phần hồ sơ đã nhận'));
  const select = el('select', { name: 'procedureCode', 'data-field': 'procedureCode', required: true, autofocus: true },
    el('option', { value: '' }, '— Chọn thủ tục —'), procedures.map((p) => el('option', { value: p.code }, `${p.code} · ${p.name}`)));
  const showComponents = () => {
    const p = procedures.find((x) => x.code === select.value);
    components.replaceChildren(el('legend', {}, 'Thành phần hồ sơ đã nhận'), ...(p ? p.components.map((c) => el('label', { class: 'check' },
      el('input', { type: 'checkbox', name: 'component', value: c.code, 'data-mandatory': c.mandatory }), ` ${c.name}${c.mandatory ? ' (bắt buộc)' : ''}`)) : []));
  };
  select.addEventListener('change', showComponents);
  const input = (label, name, attrs = {}) => el('label', {}, el('span', {}, label), el('input', { name, 'data-field': 'applicant.' + name, ...attrs }));
  const kind = el('select', { name: 'applicantType', 'data-field': 'applicant.type' },
    Object.entries(APPLICANTS).map(([type, a]) => el('option', { value: type }, a.kind)));
  const name = input('', 'fullName', { required: true });
  const id = input('', 'idNumber', { required: true });
  const relabel = () => {
    const a = APPLICANTS[kind.value];
    name.firstChild.textContent = a.name;
    id.firstChild.textContent = a.id;
    id.lastChild.setAttribute('inputmode', a.inputmode);
  };
  kind.addEventListener('change', relabel);
  relabel();
  const form = el('form', { novalidate: true }, problemBox(), el('label', {}, 'Thủ tục', select),
    el('fieldset', {}, el('legend', {}, 'Người nộp'), el('label', {}, 'Người nộp là', kind), name, id,
      input('Số điện thoại', 'phone', { required: true, inputmode: 'tel' }), input('Thư điện tử', 'email', { type: 'email' }), input('Địa chỉ', 'address')),
    components, el('button', { type: 'submit' }, 'Tiếp nhận và in phiếu (Enter)'), el('div', { class: 'result', 'aria-live': 'polite' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(form);
    const missing = [...form.querySelectorAll('input[name=component][data-mandatory]:not(:checked)')];
    if (missing.length) {
      showProblem(form, { problem: { title: 'Thiếu thành phần bắt buộc', detail: missing.map((m) => m.parentElement.textContent.trim()).join('; ') } });
      missing[0].focus();
      return;
    }
    const v = (n) => form.elements[n].value.trim() || null;
    try {
      const d = await api('/api/dossiers', { method: 'POST', body: { procedureCode: v('procedureCode'), agencyCode: st.claims.agency,
        applicant: { type: kind.value, fullName: v('fullName'), idNumber: v('idNumber'), phone: v('phone'), email: v('email'), address: v('address') },
        documents: [...form.querySelectorAll('input[name=component]:checked')].map((c) => ({ componentCode: c.value })) } });
      form.querySelector('.result').replaceChildren(el('p', { class: 'success', role: 'status' }, 'Đã tiếp nhận hồ sơ ', el('strong', { class: 'dossier-code' }, d.code),
        // Whose, as stored and as form 01 prints it: the form below is already empty for the next applicant.
        ' của ', el('span', { class: 'applicant-name' }, d.applicant.fullName),
        d.appointmentAt ? ` · hẹn trả ${when(d.appointmentAt)}` : ' · ngày hẹn sẽ được thông báo'),
        el('button', { type: 'button', class: 'print-receipt', onclick: () => openPdf(`/api/dossiers/${d.code}/receipt`) }, 'In phiếu tiếp nhận (mẫu 01)'));
      // The next applicant starts from an empty form: a box left ticked would record a paper they did not hand in.
      form.querySelectorAll('input:not([type=checkbox])').forEach((i) => { i.value = ''; });
      form.querySelectorAll('input[type=checkbox]').forEach((c) => { c.checked = false; });
      kind.value = 'CITIZEN';
      relabel();
      form.querySelector('.print-receipt').focus();
    } catch (e) {
      showProblem(form, e);
    }
  });
  page('Tiếp nhận hồ sơ tại quầy', form);
}

async function online(arg) {
  // A page at a time, its number in the address (#/truc-tuyen/2): past the first page no dossier is out of reach.
  const number = pageIn(arg);
  const list = await api(`/api/dossiers?status=NEW&size=${PAGE_SIZE}&page=${number}`);
  if (list.items.length === 0 && number > 0 && list.total > 0) { // past the end once the last ones were decided
    location.hash = '#/truc-tuyen/' + (Math.ceil(list.total / list.size) - 1);
    return;
  }
  const row = (d) => {
    const form = decisionForm(d, () => online(arg));
    return el('tr', { 'data-code': d.code }, el('td', {}, d.code), el('td', {}, d.procedureName || d.procedureCode), el('td', {}, d.applicant.fullName),
      el('td', {}, when(d.submittedAt)), el('td', {}, documentList(d, form)), el('td', {}, form));
  };
  page(`Hồ sơ trực tuyến chờ tiếp nhận (${list.total})`, list.items.length === 0 ? el('p', {}, 'Không có hồ sơ nào chờ tiếp nhận.') : el('table', {},
    el('thead', {}, el('tr', {}, ['Mã hồ sơ', 'Thủ tục', 'Người nộp', 'Nộp lúc', 'Thành phần', 'Quyết định'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.items.map(row))), list.total > list.size ? pageNav(list, (n) => { location.hash = '#/truc-tuyen/' + n; }) : '');
}

/** Accept or refuse (form 03, one reason a line) an online dossier, then {@code after}. */
function decisionForm(d, after) {
  // The hint is drawn in the box: an aria-label alone left sighted officers an empty box beside the refusal button.
  const hint = 'Lý do không tiếp nhận (mỗi dòng một lý do)';
  const reasons = el('textarea', { name: 'reasons', 'data-field': 'reasons', rows: 2, 'aria-label': hint, placeholder: hint });
  const form = el('form', { class: 'inline' }, problemBox(),
    el('button', { type: 'button', class: 'accept', onclick: async () => {
      try { await api(`/api/dossiers/${d.code}/accept`, { method: 'POST' }); await after(); } catch (e) { showProblem(form, e); }
    } }, 'Tiếp nhận'), reasons,
    el('button', { type: 'button', class: 'refuse', onclick: async () => {
      try {
        await api(`/api/dossiers/${d.code}/refuse`, { method: 'POST', body: { reasons: reasons.value.split('\n').map((r) => r.trim()).filter(Boolean) } });
        await after();
      } catch (e) { showProblem(form, e); }
    } }, 'Không tiếp nhận (mẫu 03)'));
  return form;
}

async function queue(arg) {
  // The search lives in the address (#/hang-doi/q=…&status=…&page=…) so that back and reload keep it.
  const wanted = new URLSearchParams(decodeURIComponent(arg || ''));
  const search = new URLSearchParams({ size: PAGE_SIZE, page: wanted.get('page') || 0 });
  if (wanted.get('q')) search.set('q', wanted.get('q'));
  if (wanted.get('status')) search.set('status', wanted.get('status'));
  const q = await api('/api/queue?' + search, { base: 'tracking' });
  // Papers sent online after the request: the clock still waits for an officer to record them.
  const arrived = (d) => d.status === 'SUPPLEMENT_REQUESTED' && d.pausedAt && d.suppliedAt && new Date(d.suppliedAt) > new Date(d.pausedAt);
  const go = (changes) => {
    const next = new URLSearchParams(wanted);
    Object.entries(changes).forEach(([k, v]) => (v === '' || v === null ? next.delete(k) : next.set(k, v)));
    location.hash = '#/hang-doi/' + encodeURIComponent(next.toString());
  };
  const filter = el('form', { class: 'filter', role: 'search' },
    el('label', {}, 'Tìm theo mã hồ sơ, người nộp hoặc thủ tục', el('input', { name: 'q', type: 'search', value: wanted.get('q') || '' })),
    el('label', {}, 'Tình trạng', el('select', { name: 'status' }, el('option', { value: '' }, 'Tất cả'),
      Object.entries(q.statuses).map(([s, label]) => el('option', { value: s, selected: wanted.get('status') === s }, label)))),
    el('button', { type: 'submit' }, 'Tìm'));
  filter.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go({ q: filter.elements.q.value.trim(), status: filter.elements.status.value, page: '' });
  });
  const nav = pageNav(q, (n) => go({ page: n }));
  // A code the agency has not received yet is not in this list: it may wait in the online list (a citizen calling).
  const sought = (wanted.get('q') || '').trim();
  const submitted = q.items.length === 0 && isDossierCode(sought) ? await api('/api/dossiers/' + sought).catch(() => null) : null;
  const waiting = submitted?.status === 'NEW' ? el('span', { class: 'waiting' }, `Hồ sơ ${submitted.code} nộp trực tuyến lúc ${when(submitted.submittedAt)}, đang chờ tiếp nhận: `,
    el('a', { href: '#/ho-so/' + submitted.code }, 'xem và tiếp nhận')) : '';
  page(`Hồ sơ đang giải quyết (${q.total})`, filter, el('p', { class: 'legend' }, el('span', { class: 'overdue' }, 'Quá hạn'), ' ', el('span', { class: 'due-soon' }, 'Sắp đến hạn')),
    q.items.length === 0 ? el('p', { class: 'empty' }, 'Không có hồ sơ nào phù hợp.', waiting ? el('br') : '', waiting) : el('table', {}, el('thead', {}, el('tr', {}, ['Mã hồ sơ', 'Thủ tục', 'Người nộp', 'Tình trạng', 'Hạn giải quyết'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, q.items.map((d) => el('tr', { class: d.overdue ? 'overdue' : d.dueSoon ? 'due-soon' : '', 'data-code': d.code },
        el('td', {}, el('a', { href: '#/ho-so/' + d.code }, d.code)), el('td', {}, d.procedureName || d.procedureCode), el('td', {}, d.applicantName || ''),
        el('td', {}, d.statusLabel + (d.paused ? ' (tạm dừng)' : ''),
          arrived(d) ? el('strong', { class: 'supplied-online' }, ' · người nộp đã gửi bổ sung ' + when(d.suppliedAt)) : ''),
        el('td', {}, when(d.dueAt), d.overdue ? ' — quá hạn' : d.dueSoon ? ' — sắp đến hạn' : '',
          d.stepOverdue ? el('strong', { class: 'step-overdue' }, ' · bước xử lý quá hạn') : ''))))), nav);
}

async function dossier(code) {
  // intake holds the documents; a dossier imported into tracking from an older system has none there.
  const [t, agencies, received] = await Promise.all([api(`/api/dossiers/${code}/timeline`, { base: 'tracking' })
    .catch((e) => (e.status === 404 ? null : Promise.reject(e))), api('/api/agencies'), api('/api/dossiers/' + code).catch(() => null)]);
  if (!t) return notTracked(code, received);
  const agencyName = (c) => agencies.find((x) => x.code === c)?.name || c;
  const papers = el('div', { class: 'papers' });
  if (received?.documents.length) papers.append(el('h3', {}, 'Thành phần hồ sơ'), problemBox(), documentList(received, papers));
  const part = (name, ...content) => el('div', { class: 'part', 'data-part': name }, ...content);
  const reasonLabel = el('span', {}, 'Lý do / nội dung');
  const form = el('form', { novalidate: true, class: 'action' }, problemBox(),
    el('label', {}, 'Thao tác', el('select', { name: 'action', 'data-field': 'action' }, t.allowedActions.map((a) => el('option', { value: a }, t.actionLabels[a] || a)))),
    part('toAgency', el('label', {}, 'Chuyển đến cơ quan', el('select', { name: 'toAgency', 'data-field': 'toAgency' },
      el('option', { value: '' }, '— Chọn cơ quan —'),
      agencies.filter((a) => a.code !== t.holdingAgency).map((a) => el('option', { value: a.code }, a.name))))),
    part('stepWorkingDays', el('label', {}, 'Thời hạn của bước (ngày làm việc)', el('input', { name: 'stepWorkingDays', 'data-field': 'stepWorkingDays', inputmode: 'decimal' }))),
    part('reason', el('label', {}, reasonLabel, el('textarea', { name: 'reason', 'data-field': 'reason', rows: 2 }))),
    part('newAppointment', el('label', {}, 'Ngày hẹn trả mới (ngày/tháng/năm)', el('input', { name: 'newDate', 'data-field': 'newAppointmentAt', placeholder: 'dd/mm/yyyy', inputmode: 'numeric', autocomplete: 'off' })),
      el('label', {}, 'Giờ hẹn', el('input', { name: 'newTime', value: '16:30', placeholder: 'hh:mm', inputmode: 'numeric' }))),
    el('button', { type: 'submit' }, 'Thực hiện'));
  const showParts = () => {
    const action = form.elements.action.value;
    const needs = NEEDS[action] || [];
    form.querySelectorAll('[data-part]').forEach((p) => { p.hidden = !needs.includes(p.dataset.part); });
    reasonLabel.textContent = REASON_LABEL[action] || 'Lý do / nội dung';
  };
  form.elements.action.addEventListener('change', showParts);
  showParts();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(form);
    const needs = NEEDS[form.elements.action.value] || [];
    const v = (n) => form.elements[n].value.trim() || null;
    let newAppointmentAt = null;
    if (needs.includes('newAppointment')) {
      newAppointmentAt = parseVietnameseDate(v('newDate'), v('newTime'));
      if (!newAppointmentAt) {
        showProblem(form, { problem: { title: 'Ngày hẹn chưa đúng', errors: [{ field: 'newAppointmentAt', message: 'nhập ngày theo dạng ngày/tháng/năm, ví dụ 16/12/2026, và giờ như 16:30' }] } });
        return;
      }
    }
    const only = (n) => (needs.includes(n) ? v(n) : null);
    try {
      await api(`/api/dossiers/${code}/actions`, { base: 'tracking', method: 'POST', body: { action: v('action'), reason: only('reason'), toAgency: only('toAgency'),
        stepWorkingDays: only('stepWorkingDays') ? Number(v('stepWorkingDays').replace(',', '.')) : null, newAppointmentAt } });
    } catch (e) {
      showProblem(form, e);
      return;
    }
    // Handed over to an agency other than the one that received it, the dossier is no longer this agency's to read:
    // its page is a 404 now, which read as if the hand-over had failed.
    await dossier(code).catch((e) => (e.status === 404 && v('action') === 'HAND_OVER' ? page('Hồ sơ ' + code, el('p', { class: 'success', role: 'status' },
      `Đã chuyển hồ sơ đến ${agencyName(v('toAgency'))}; hồ sơ nay do cơ quan đó xử lý.`),
    el('a', { class: 'button', href: '#/hang-doi' }, 'Về danh sách hồ sơ đang giải quyết')) : showProblem(form, e)));
  });
  // A form is offered once the dossier has what it prints (a supplement request, an apology); before, it would be a 409.
  const happened = (type) => t.history.some((h) => h.type === type);
  const forms = el('p', { class: 'forms' }, 'In biểu mẫu: ', [['02', 'Phiếu yêu cầu bổ sung', happened('DOSSIER_SUPPLEMENT_REQUESTED')],
    ['04', 'Phiếu xin lỗi và hẹn lại', happened('DOSSIER_APOLOGY_ISSUED')],
    ['05', 'Thông báo dừng giải quyết', happened('DOSSIER_SUSPENDED')], ['06', 'Phiếu kiểm soát quá trình', true]]
    .filter(([, , ready]) => ready).map(([n, label]) => el('button', { type: 'button', onclick: async () => {
      try { await openPdf(`/api/dossiers/${code}/forms/${n}`, 'tracking'); } catch (e) { showProblem(form, e); }
    } }, `Mẫu ${n} — ${label}`)));
  const invite = t.status === 'RETURNED'
    ? el('p', {}, el('a', { class: 'button', href: '#/danh-gia-tai-quay/' + code }, 'Mời người dân đánh giá (toàn màn hình)')) : '';
  const applicant = received ? applicantLine(received.applicant) : '';
  page('Hồ sơ ' + code, el('p', { class: 'procedure' }, 'Thủ tục: ', t.procedureName || t.procedureCode), applicant,
    el('p', {}, 'Tình trạng: ', el('strong', { class: 'status' }, t.statusLabel), ` · Hạn giải quyết ${when(t.dueAt)}`,
    t.newAppointmentAt ? ` · Hẹn lại ${when(t.newAppointmentAt)}` : '',
    t.overdue ? el('strong', { class: 'overdue' }, ' · Quá hạn') : '', t.outcomeLabel ? ` · Kết quả ${t.outcomeLabel.toLowerCase()}` : ''),
  actions(t, form, agencyName), invite, forms, papers, el('h3', {}, 'Quá trình giải quyết'), timeline(t, { agencyName, papers: received?.documents }));
}

/**
 * The action form, for the agency holding the dossier only (tracking refuses anyone else's action): after a hand-over
 * the agency that gave it still read an action form whose every action answered 403.
 */
function actions(t, form, agencyName) {
  if (!t.allowedActions.length) return el('p', {}, 'Hồ sơ đã kết thúc.');
  if (t.holdingAgency === st.claims.agency) return form;
  return el('p', { class: 'held-elsewhere' }, `Hồ sơ đang do ${agencyName(t.holdingAgency)} xử lý; `
    + 'chỉ cán bộ của cơ quan đang giữ hồ sơ thực hiện được các thao tác.');
}

/**
 * Who filed it (ID number and phone masked, as intake gives them): the officer returning the result checks the person,
 * and the one deciding on an online dossier can call them about a missing paper.
 */
function applicantLine(a) {
  return el('p', { class: 'applicant' }, 'Người nộp: ', el('strong', {}, a.fullName),
    ` · ${a.type === 'CITIZEN' ? 'Số định danh' : 'Mã số thuế'} ${a.idNumber} · Điện thoại ${a.phone}`, a.email ? ` · ${a.email}` : '');
}

/**
 * A dossier tracking does not hold: one submitted online and waiting to be accepted (the officer decides here, as
 * in the online list), one refused (form 03: tracking keeps no timeline for it), or one received a moment ago whose
 * status is on its way. Else it is not found.
 */
function notTracked(code, d) {
  if (!d) throw { status: 404, problem: { title: 'Không tìm thấy', detail: `Không tìm thấy hồ sơ ${code}.` } };
  const papers = el('div', { class: 'papers' }, el('h3', {}, 'Thành phần hồ sơ'), problemBox());
  papers.append(documentList(d, papers));
  const next = {
    NEW: () => [el('p', {}, 'Hồ sơ nộp trực tuyến, chưa được tiếp nhận. Kiểm tra thành phần hồ sơ rồi tiếp nhận hoặc không tiếp nhận (nêu lý do).'),
      papers, decisionForm(d, () => dossier(code))],
    NOT_ACCEPTED: () => [el('p', { class: 'problem' }, 'Lý do không tiếp nhận: ' + (d.refusalReasons || '')), papers],
  }[d.status] || (() => [el('p', { class: 'muted' }, 'Quá trình giải quyết đang được cập nhật; vui lòng tải lại trang sau giây lát.'), papers]);
  page('Hồ sơ ' + code, el('p', { class: 'procedure' }, 'Thủ tục: ', d.procedureName || d.procedureCode),
    applicantLine(d.applicant),
    el('p', {}, 'Tình trạng: ', el('strong', { class: 'status' }, d.statusLabel), ` · Nộp lúc ${when(d.submittedAt)}`), ...next());
  if (d.status === 'RECEIVED') whenTracked(code, () => dossier(code));
}

/** Full screen for the citizen at the counter: the dossier and the form, nothing of the officer or the desk. */
async function counterRating(code) {
  const path = `/api/dossiers/${code}/rating/at-counter`;
  const standing = await api(path, { base: 'tracking' });
  const done = el('p', { class: 'kiosk-exit' }, el('a', { href: '#/ho-so/' + code }, 'Cán bộ: quay lại hồ sơ'));
  page('Đánh giá mức độ hài lòng', el('p', { class: 'lead' }, `Hồ sơ ${standing.dossierCode}`, standing.procedureName ? ` — ${standing.procedureName}` : ''),
    el('p', {}, 'Mời Ông/Bà cho biết mức độ hài lòng về việc giải quyết hồ sơ. Đánh giá được gửi thẳng đến lãnh đạo cơ quan.'),
    await forStanding(standing, (body) => api(path, { method: 'POST', base: 'tracking', body }), { large: true }), done);
}

boot(page, async (state, view, arg, more) => {
  st = state;
  // The counter view hides the header (the officer's name, the desk's menu): the screen is the citizen's.
  document.body.classList.toggle('kiosk', view === 'danh-gia-tai-quay');
  document.querySelectorAll('[data-role=supervisor]').forEach((a) => { a.hidden = !roles().includes('supervisor'); });
  if (!st.claims) {
    page('Đăng nhập', el('p', {}, 'Trang dành cho cán bộ Bộ phận Một cửa. Vui lòng đăng nhập.'), el('button', { type: 'button', onclick: login }, 'Đăng nhập'));
  } else if (!roles().some((r) => r === 'officer' || r === 'supervisor')) {
    // A citizen (or an administrator) who followed a link here: say what the account is and where to go.
    const citizen = roles().includes('citizen');
    page('Trang dành cho cán bộ', el('p', { class: 'problem', role: 'alert' }, citizen
      ? 'Ông/Bà đang đăng nhập bằng tài khoản công dân. Trang này dành cho cán bộ Bộ phận Một cửa.'
      : 'Tài khoản này không phải tài khoản cán bộ Bộ phận Một cửa.'),
    el('p', {}, citizen ? 'Để nộp và theo dõi hồ sơ, mời Ông/Bà dùng ' : 'Vui lòng đăng nhập bằng tài khoản cán bộ, hoặc về ',
      el('a', { href: '/' }, 'Cổng dịch vụ công'), '.'));
  } else if (view === 'tiep-nhan') await counter();
  else if (view === 'truc-tuyen') await online(arg);
  else if (view === 'ho-so') await dossier(arg);
  else if (view === 'danh-gia-tai-quay') await counterRating(arg);
  else if (view === 'phan-anh') await feedbackDesk(page, arg, more);
  else if (view === 'bao-cao' && roles().includes('supervisor')) await reports(page, arg, more);
  else await queue(view === 'hang-doi' ? arg : '');
});
