// The citizens' portal: the procedure catalogue, online submission with uploads, my dossiers with their
// timelines and receipts, and the public lookup by code and ID number.
import { api, boot, clearProblem, documentList, el, fullName, login, openPdf, PAGE_SIZE, pageIn, pageNav, pager, showProblem, timeline, when, whenTracked } from './app.js';
import { feedbackPage } from './feedback.js';
import { publicRating, signedInRating } from './rating.js';

const page = pager('Cổng dịch vụ công');
let st;

const days = (n) => (Number(n) === 0 ? 'trong ngày' : `${String(n).replace('.', ',')} ngày làm việc`);
// Online, the procedure's own time applies unless the catalogue sets a shorter online one (null is "not set", never 0).
const onlineDays = (p) => days(p.onlineProcessingDays ?? p.processingDays);
const money = (v) => (v ? v.toLocaleString('vi-VN') + ' đồng' : 'Không mất phí');
// The statuses in which a dossier's handling is over: no appointment is in force any more.
const ENDED = ['RETURNED', 'WITHDRAWN', 'SUSPENDED'];

// Whom the signed-in account files for: a citizen (citizen_id), or a business or organisation (tax_code).
function applicant(claims) {
  if (claims.citizen_id || !claims.tax_code) {
    return { type: 'CITIZEN', you: 'Ông/Bà', name: fullName(claims), id: claims.citizen_id || '',
      nameLabel: 'Họ và tên', idLabel: 'Số định danh cá nhân (CCCD)' };
  }
  const organisation = claims.applicant_type === 'ORGANISATION';
  return { type: organisation ? 'ORGANISATION' : 'BUSINESS', you: organisation ? 'Quý cơ quan, tổ chức' : 'Quý doanh nghiệp',
    name: claims.organisation_name || '', id: claims.tax_code, nameLabel: organisation ? 'Tên cơ quan, tổ chức' : 'Tên doanh nghiệp',
    idLabel: 'Mã số thuế' };
}

function needLogin(what) {
  page(what, el('p', {}, 'Vui lòng đăng nhập bằng tài khoản công dân, doanh nghiệp hoặc tổ chức để ' + what.toLowerCase() + '.'),
    el('button', { type: 'button', onclick: login }, 'Đăng nhập'));
}

async function catalogue() {
  const procedures = await api('/api/procedures');
  page('Thủ tục hành chính', el('ul', { class: 'cards' }, procedures.map((p) => el('li', { class: 'card' },
    el('h3', {}, p.name), el('p', { class: 'muted' }, `Mã ${p.code} · ${p.field} · cấp ${p.agencyLevel === 'PROVINCE' ? 'tỉnh' : 'xã'}`),
    el('p', {}, 'Thời hạn giải quyết: ', el('strong', {}, onlineDays(p)), ' (nộp trực tuyến) · Phí, lệ phí: ', money(p.feeVnd)),
    el('details', {}, el('summary', {}, 'Thành phần hồ sơ'), el('ul', {}, p.components.map((c) =>
      el('li', {}, c.name, c.mandatory ? el('span', { class: 'required' }, ' (bắt buộc)') : ' (nếu có)')))),
    el('a', { class: 'button', href: '#/nop/' + p.code }, 'Nộp hồ sơ trực tuyến')))));
}

async function submit(code) {
  if (!st.claims) return needLogin('Nộp hồ sơ');
  const [p, agencies] = await Promise.all([api('/api/procedures/' + code), api('/api/agencies')]);
  const field = (label, name, attrs = {}) => el('label', {}, label, el('input', { name, 'data-field': 'applicant.' + name, ...attrs }));
  const who = applicant(st.claims);
  // Where applicants file at this level (the province's People's Committee takes hand-overs, not dossiers). With more
  // than one, the applicant chooses: the first by code had been chosen for whoever did not look.
  const places = agencies.filter((a) => a.level === p.agencyLevel && a.receivesDossiers);
  const choose = places.length > 1 ? el('option', { value: '' }, '— Chọn nơi nộp hồ sơ —') : null;
  const form = el('form', { novalidate: true },
    el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true }),
    el('label', {}, 'Nơi nộp hồ sơ', el('select', { name: 'agencyCode', 'data-field': 'agencyCode', required: true },
      choose, places.map((a) => el('option', { value: a.code }, a.name)))),
    el('fieldset', {}, el('legend', {}, 'Người nộp hồ sơ'),
      field(who.nameLabel, 'fullName', { required: true, autocomplete: who.type === 'CITIZEN' ? 'name' : 'organization', value: who.name }),
      field(who.idLabel, 'idNumber', { required: true, inputmode: 'numeric', value: who.id }),
      field('Số điện thoại', 'phone', { required: true, inputmode: 'tel', autocomplete: 'tel' }),
      field('Thư điện tử', 'email', { type: 'email', autocomplete: 'email' }),
      field('Địa chỉ', 'address', { autocomplete: 'street-address' })),
    el('fieldset', { 'data-field': 'documents' }, el('legend', {}, 'Thành phần hồ sơ (PDF, PNG hoặc JPEG, tối đa 10 MB mỗi tệp)'),
      p.components.map((c, i) => el('label', {}, c.name + (c.mandatory ? ' (bắt buộc)' : ' (nếu có)'),
        el('input', { type: 'file', name: 'file-' + c.code, 'data-component': c.code, 'data-field': `documents[${i}].componentCode`, accept: '.pdf,.png,.jpg,.jpeg' })))),
    el('button', { type: 'submit' }, 'Nộp hồ sơ'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const documents = await uploads(form);
      const v = (n) => form.elements[n].value.trim() || null;
      const dossier = await api('/api/dossiers', { method: 'POST', body: { procedureCode: p.code, agencyCode: v('agencyCode'),
        applicant: { type: who.type, fullName: v('fullName'), idNumber: v('idNumber'), phone: v('phone'), email: v('email'), address: v('address') }, documents } });
      page('Đã nộp hồ sơ', el('p', { class: 'success', role: 'status' }, `Hồ sơ của ${who.you} đã được gửi. Mã hồ sơ: `, el('strong', { class: 'dossier-code' }, dossier.code)),
        el('p', {}, `Cơ quan sẽ kiểm tra và tiếp nhận hồ sơ; ${who.you} sẽ nhận thông báo qua thư điện tử và tin nhắn. Phiếu tiếp nhận có thể tải về khi hồ sơ đã được tiếp nhận.`),
        el('a', { class: 'button', href: '#/ho-so/' + dossier.code }, 'Xem hồ sơ'));
    } catch (e) {
      showProblem(form, e);
    } finally {
      button.disabled = false;
    }
  });
  // As the catalogue's card reads: "…, Không mất phí." put a capital in mid-sentence.
  page('Nộp hồ sơ: ' + p.name, el('p', { class: 'terms' }, 'Thời hạn giải quyết: ', el('strong', {}, onlineDays(p)), ' (nộp trực tuyến) · Phí, lệ phí: ',
    money(p.feeVnd)), form);
}

async function mine(arg) {
  if (!st.claims) return needLogin('Xem hồ sơ của tôi');
  // Newest first, 50 to a page (#/cua-toi/1 is the second): a business files many, and none is out of reach.
  const number = pageIn(arg);
  const list = await api(`/api/dossiers?size=${PAGE_SIZE}&page=${number}`);
  // intake's status stops at "received": where each received dossier stands now, and its appointment, are tracking's.
  const received = list.items.filter((d) => d.status === 'RECEIVED').map((d) => 'code=' + encodeURIComponent(d.code));
  // Without tracking's answer the received ones show the day they were received: say so, not pass it off as now.
  const answer = received.length === 0 ? [] : await api('/api/progress?' + received.join('&'), { base: 'tracking' }).catch(() => null);
  const progress = new Map((answer || []).map((p) => [p.code, p]));
  const stale = answer ? '' : el('p', { class: 'muted progress-unavailable', role: 'status' }, 'Chưa cập nhật được tình trạng mới nhất '
    + 'của các hồ sơ đã tiếp nhận; tình trạng và ngày hẹn dưới đây là khi tiếp nhận. Vui lòng tải lại trang sau ít phút.');
  const nav = list.total > list.size ? pageNav(list, (n) => { location.hash = '#/cua-toi/' + n; }) : '';
  page('Hồ sơ của tôi', stale, list.total === 0 ? el('p', {}, applicant(st.claims).you + ' chưa nộp hồ sơ nào.') : el('table', {},
    el('thead', {}, el('tr', {}, ['Mã hồ sơ', 'Thủ tục', 'Ngày nộp', 'Hẹn trả', 'Tình trạng'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.items.map((d) => el('tr', { 'data-code': d.code }, el('td', {}, el('a', { href: '#/ho-so/' + d.code }, d.code)), el('td', {}, d.procedureName || d.procedureCode),
      el('td', {}, when(d.submittedAt)), el('td', {}, ENDED.includes(progress.get(d.code)?.status) ? '—' : when(progress.get(d.code)?.appointmentAt || d.appointmentAt)),
      el('td', {}, progress.get(d.code)?.statusLabel || d.statusLabel, yours(progress.get(d.code)?.status)))))), nav);
}

/** In the list, the dossiers that wait on their applicant stand out: papers to send, fees to pay, a result to fetch. */
function yours(status) {
  const you = applicant(st.claims).you;
  const what = { SUPPLEMENT_REQUESTED: `cần ${you} bổ sung giấy tờ`, PAYMENT_REQUESTED: `cần ${you} thực hiện nghĩa vụ tài chính`,
    RESOLVED: `mời ${you} đến nhận kết quả` }[status];
  return what ? el('strong', { class: 'yours' }, ' · ' + what) : '';
}

/**
 * Uploads each chosen file of a form's file inputs (data-component); the documents to send with them. With
 * `fileField`, each input is named after its place in that list, so that the server's documents[i].fileId errors land
 * next to it.
 */
async function uploads(form, fileField = false) {
  const documents = [];
  for (const input of form.querySelectorAll('input[type=file]')) {
    if (input.files.length) {
      if (fileField) input.dataset.field = `documents[${documents.length}].fileId`;
      const data = new FormData();
      data.append('file', input.files[0]);
      const stored = await api('/api/files', { method: 'POST', form: data });
      documents.push({ componentCode: input.dataset.component, fileId: stored.id });
    }
  }
  return documents;
}

/**
 * While the agency waits for more papers (form 02), the applicant sends them here as uploads. Once some were sent
 * after the request, the page says so first and folds the form away: left open, it read as if nothing had gone, and
 * applicants sent the same papers again.
 */
async function supplementForm(d, t) {
  // The components of the version the dossier was filed under: a revised catalogue may have others since.
  const components = await api(`/api/dossiers/${d.code}/supplements`);
  const form = el('form', { class: 'supplement', novalidate: true }, el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true }),
    el('fieldset', { 'data-field': 'documents' }, el('legend', {}, 'Giấy tờ bổ sung (PDF, PNG hoặc JPEG, tối đa 10 MB mỗi tệp)'),
      components.map((c) => el('label', {}, c.name, el('input', { type: 'file', name: 'file-' + c.code, 'data-component': c.code,
        accept: '.pdf,.png,.jpg,.jpeg' })))),
    el('button', { type: 'submit' }, 'Gửi giấy tờ bổ sung'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await api(`/api/dossiers/${d.code}/supplements`, { method: 'POST', body: { documents: await uploads(form, true) } });
      await dossier(d.code, true);
    } catch (e) {
      showProblem(form, e);
      button.disabled = false;
    }
  });
  const asked = t.history.filter((h) => h.type === 'DOSSIER_SUPPLEMENT_REQUESTED').map((h) => new Date(h.at)).pop();
  const sent = d.documents.filter((x) => x.suppliedAt && new Date(x.suppliedAt) >= asked);
  if (sent.length === 0) {
    return [el('h3', {}, 'Nộp giấy tờ bổ sung'), el('p', {}, 'Cơ quan đã yêu cầu bổ sung hồ sơ (xem phiếu yêu cầu bổ sung, mẫu 02). '
      + 'Tải lên giấy tờ còn thiếu; cán bộ sẽ kiểm tra và tiếp tục giải quyết.'), form];
  }
  const last = sent.map((x) => x.suppliedAt).sort().pop();
  return [el('h3', {}, 'Giấy tờ bổ sung'), el('p', { class: 'supplied-status' }, `${applicant(st.claims).you} đã gửi giấy tờ bổ sung lúc ${when(last)}: `,
    el('strong', {}, [...new Set(sent.map((x) => x.componentName || x.componentCode))].join('; ')),
    '. Cán bộ sẽ kiểm tra và ghi nhận; hồ sơ tiếp tục được giải quyết khi cơ quan ghi nhận đủ giấy tờ.'),
  el('details', { class: 'more-papers' }, el('summary', {}, 'Gửi thêm giấy tờ bổ sung'), form)];
}

async function dossier(code, supplied = false) {
  if (!st.claims) return needLogin('Xem hồ sơ');
  const d = await api('/api/dossiers/' + code);
  const parts = [el('p', {}, 'Tình trạng: ', el('strong', { class: 'status' }, d.statusLabel)),
    el('p', { class: 'procedure' }, 'Thủ tục: ', d.procedureName || d.procedureCode),
    el('p', {}, 'Nộp lúc ', when(d.submittedAt), d.appointmentAt ? [' · Hẹn trả kết quả: ', el('strong', {}, when(d.appointmentAt))] : '')];
  if (d.status === 'RECEIVED') {
    parts.push(el('button', { type: 'button', onclick: () => openPdf(`/api/dossiers/${code}/receipt`) }, 'Tải phiếu tiếp nhận (mẫu 01)'));
  }
  if (d.refusalReasons) parts.push(el('p', { class: 'problem' }, 'Lý do không tiếp nhận: ' + d.refusalReasons));
  if (d.documents.length) {
    const papers = el('div', { class: 'papers' }, el('h3', {}, 'Thành phần hồ sơ đã nộp'), el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true }));
    parts.push(papers);
    papers.append(documentList(d, papers));
  }
  try {
    const t = await api(`/api/dossiers/${code}/timeline`, { base: 'tracking' });
    parts[0] = el('p', {}, 'Tình trạng: ', el('strong', { class: 'status' }, t.statusLabel)); // tracking knows the latest
    // …and the appointment in force: moved by a supplement round, or by an apology's new date (form 04).
    // While it waits for papers the clock stands still, and the date moves when it goes on: say so beside it.
    const paused = t.paused && t.status === 'SUPPLEMENT_REQUESTED' ? el('span', { class: 'paused' }, t.supplementPolicy === 'RESTART'
      ? ' (tạm dừng trong khi chờ bổ sung; thời hạn được tính lại từ đầu khi cơ quan nhận đủ giấy tờ)'
      : ' (tạm dừng trong khi chờ bổ sung; ngày hẹn lùi thêm số ngày làm việc chờ bổ sung)') : '';
    // Once it has ended (returned, withdrawn, stopped) the page says when, not an appointment that has passed.
    const ended = ENDED.includes(t.status) && t.history.filter((h) => h.status === t.status).pop();
    parts[2] = ended ? el('p', {}, 'Nộp lúc ', when(d.submittedAt), ` · ${t.statusLabel} lúc `, el('strong', {}, when(ended.at)))
      : el('p', {}, 'Nộp lúc ', when(d.submittedAt), ' · Hẹn trả kết quả: ', el('strong', {}, when(t.newAppointmentAt || t.dueAt)), paused);
    // The letters the agency wrote to the citizen, once it has: what to bring (02), the apology (04), the stop (05).
    const letters = [['02', 'phiếu yêu cầu bổ sung', 'DOSSIER_SUPPLEMENT_REQUESTED'], ['04', 'văn bản xin lỗi và hẹn lại', 'DOSSIER_APOLOGY_ISSUED'],
      ['05', 'thông báo dừng giải quyết', 'DOSSIER_SUSPENDED']].filter(([, , type]) => t.history.some((h) => h.type === type));
    if (letters.length) {
      parts.push(el('p', { class: 'forms' }, letters.map(([n, label]) => el('button', { type: 'button',
        onclick: () => openPdf(`/api/dossiers/${code}/forms/${n}`, 'tracking') }, `Tải ${label} (mẫu ${n})`))));
    }
    const agencyName = await agencyNames(t);
    if (t.status === 'SUPPLEMENT_REQUESTED') parts.push(...await supplementForm(d, t));
    const next = nextStep(t, agencyName);
    if (next) parts.push(el('p', { class: 'next-step' }, next));
    parts.push(el('h3', {}, 'Quá trình giải quyết'), el('p', {}, 'Hạn giải quyết: ', when(t.dueAt),
      t.outcomeLabel ? ` · Kết quả: ${t.outcomeLabel.toLowerCase()}` : ''), timeline(t, { citizen: true, agencyName, papers: d.documents }));
    if (t.status === 'RETURNED') parts.push(el('h3', {}, 'Đánh giá mức độ hài lòng'), await signedInRating(code));
  } catch (e) {
    // Received but not yet in tracking (its event on the way, or tracking behind): the receipt says it was received.
    if (d.status === 'RECEIVED') {
      parts.push(el('p', { class: 'muted tracking-pending' }, 'Hồ sơ đã được tiếp nhận; quá trình giải quyết đang được cập nhật và sẽ hiện ở đây. '
        + 'Nếu chưa thấy, vui lòng tải lại trang sau ít phút.'));
      whenTracked(code, () => dossier(code));
    } else if (d.status === 'NEW') {
      parts.push(el('p', { class: 'muted' }, 'Hồ sơ chưa được cơ quan tiếp nhận xử lý.'));
    }
  }
  // A refusal is rated too; tracking learns of it from intake's event, so the form may take a moment to open.
  if (d.status === 'NOT_ACCEPTED') parts.push(el('h3', {}, 'Đánh giá mức độ hài lòng'), await signedInRating(code).catch(() => el('p', { class: 'muted' }, 'Việc đánh giá sẽ mở trong giây lát; vui lòng tải lại trang.')));
  const sent = supplied ? el('p', { class: 'success', role: 'status' }, 'Đã gửi giấy tờ bổ sung. Cán bộ sẽ kiểm tra và tiếp tục giải quyết hồ sơ.') : null;
  page('Hồ sơ ' + code, ...(sent ? [sent, ...parts] : parts));
  sent?.scrollIntoView(); // the form that sent it is further down the page
}

/**
 * What the applicant has to do now, where the status alone did not say: pay (what, as the officer wrote it), or come
 * for the result at the agency that received the dossier, as the message they were sent says.
 */
function nextStep(t, agencyName) {
  const you = applicant(st.claims).you;
  if (t.status === 'PAYMENT_REQUESTED') {
    const what = t.history.filter((h) => h.type === 'DOSSIER_PAYMENT_REQUESTED').map((h) => h.note).pop();
    return `${you} cần thực hiện nghĩa vụ tài chính (nộp phí, lệ phí, thuế hoặc khoản thu khác theo quy định)${what ? ': ' + what : ''}. `
      + `Hồ sơ được giải quyết tiếp sau khi ${you} hoàn thành nghĩa vụ tài chính.`;
  }
  if (t.status === 'RESOLVED') {
    return `Hồ sơ đã có kết quả. Mời ${you} đến ${agencyName(t.agencyCode)} nhận kết quả, mang theo phiếu tiếp nhận hồ sơ và giấy tờ tùy thân.`;
  }
  return null;
}

/**
 * Names for the agencies a dossier was handed over to, so its applicant reads where it went, and for the one that
 * returns a result; none for a dossier that needs neither.
 */
async function agencyNames(t) {
  if (t.status !== 'RESOLVED' && !t.history.some((h) => h.type === 'DOSSIER_HANDED_OVER')) return null;
  const agencies = await api('/api/agencies').catch(() => []);
  return (c) => agencies.find((a) => a.code === c)?.name || c;
}

/**
 * A branch's tax code is 10 digits, a hyphen and 3 digits; a phone's numeric keypad (iOS) has no hyphen, so 13 digits
 * typed together are that code.
 */
function lookupId(value) {
  const id = value.replace(/\s+/g, '');
  return /^\d{13}$/.test(id) ? `${id.slice(0, 10)}-${id.slice(10)}` : id;
}

function lookup() {
  const form = el('form', { novalidate: true }, el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true }),
    el('label', {}, 'Mã hồ sơ', el('input', { name: 'code', 'data-field': 'code', required: true, placeholder: '000.00.12.H57-261128-0001' })),
    el('label', {}, 'Số định danh cá nhân hoặc mã số thuế', el('input', { name: 'idNumber', 'data-field': 'idNumber', required: true, inputmode: 'numeric' })),
    el('button', { type: 'submit' }, 'Tra cứu'), el('div', { class: 'result', 'aria-live': 'polite' }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(form);
    try {
      document.querySelector('.lookup-rating')?.remove();
      const idNumber = lookupId(form.elements.idNumber.value);
      const r = await api('/api/lookup', { method: 'POST', body: { code: form.elements.code.value.trim(), idNumber } });
      const pass = { code: r.code, idNumber };
      const found = el('p', { role: 'status' }, `Hồ sơ ${r.code}: `, el('strong', { class: 'status' }, r.statusLabel),
        r.appointmentAt && !ENDED.includes(r.status) ? ` · hẹn trả kết quả ${when(r.appointmentAt)}` : '');
      const stale = r.progressUnavailable ? el('p', { class: 'muted progress-unavailable' }, 'Chưa cập nhật được tình trạng mới nhất; '
        + 'tình trạng và ngày hẹn trên là khi tiếp nhận. Vui lòng tra cứu lại sau ít phút.') : '';
      form.querySelector('.result').replaceChildren(found, stale);
      // Tracking knows whether the result was returned: then (or after a refusal) the applicant may rate here.
      const rated = await publicRating(pass).catch(() => null);
      if (rated?.standing.open || rated?.standing.ratedLabel) {
        found.replaceChildren(`Hồ sơ ${r.code}: `, el('strong', { class: 'status' }, rated.standing.endLabel));
        form.after(el('section', { class: 'lookup-rating' }, el('h3', {}, 'Đánh giá mức độ hài lòng'), rated.part));
      }
    } catch (e) {
      showProblem(form, e);
    }
  });
  page('Tra cứu hồ sơ', el('p', {}, 'Không cần đăng nhập: nhập mã hồ sơ ghi trên phiếu tiếp nhận và số định danh cá nhân của người nộp (doanh nghiệp, tổ chức: mã số thuế; mã số thuế chi nhánh có thể nhập liền 13 chữ số).'), form);
}

/** The page the RETURNED and NOT_ACCEPTED messages link to: the token names the dossier, no log-in needed. */
async function ratingLink(token) {
  try {
    const { standing, part } = await publicRating({ token });
    page('Đánh giá mức độ hài lòng', el('p', {}, `Hồ sơ ${standing.dossierCode}`, standing.procedureName ? ` — ${standing.procedureName}` : '',
      ': ', el('strong', { class: 'status' }, standing.endLabel)), part);
  } catch (e) {
    if (e.status !== 404 && e.status !== 429) throw e;
    page('Đánh giá mức độ hài lòng', el('p', { class: 'problem', role: 'alert' }, e.problem?.detail || 'Liên kết không dùng được.'),
      el('a', { class: 'button', href: '#/tra-cuu' }, 'Tra cứu hồ sơ để đánh giá'));
  }
}

boot(page, async (state, view, arg) => {
  st = state;
  if (view === 'nop') await submit(arg);
  else if (view === 'cua-toi') await mine(arg);
  else if (view === 'ho-so') await dossier(arg);
  else if (view === 'tra-cuu') lookup();
  else if (view === 'danh-gia') await ratingLink(arg);
  else if (view === 'phan-anh') await feedbackPage(page, st.claims);
  else await catalogue();
});
