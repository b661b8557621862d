// Shared by the citizens' portal and the officers' desk: configuration, log-in, API calls that turn RFC 9457
// problems into field-by-field messages, and small helpers. Log-in is keycloak-js (authorization code + PKCE):
// the tokens stay in this page's memory, never in storage, and are refreshed shortly before they expire, so a
// logout or a disabled account ends access within the realm's short token lifetime (docs/security.md).
import Keycloak from './vendor/keycloak.js';

const state = { config: null, claims: null };
let keycloak = null;
// Not a secret: whether this tab signed in, so anonymous visitors are not bounced through Keycloak on every page.
const SIGNED_IN = 'signed-in';
const BACK = 'back-to';

export async function start() {
  state.config = await (await fetch('/api/web-config')).json();
  const realmAt = state.config.oidcUrl.lastIndexOf('/realms/');
  keycloak = new Keycloak({ url: state.config.oidcUrl.substring(0, realmAt),
    realm: state.config.oidcUrl.substring(realmAt + '/realms/'.length), clientId: state.config.clientId });
  if (location.hash) sessionStorage.setItem(BACK, location.hash);
  const options = { pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'query', redirectUri: here() };
  if (sessionStorage.getItem(SIGNED_IN)) options.onLoad = 'check-sso';
  try {
    await keycloak.init(options);
  } catch (e) {
    // Keycloak unreachable: the public pages (catalogue, lookup) still work without a log-in.
  }
  const back = sessionStorage.getItem(BACK);
  sessionStorage.removeItem(BACK);
  if (back && !location.hash) history.replaceState(null, '', location.pathname + back);
  if (keycloak.authenticated) {
    sessionStorage.setItem(SIGNED_IN, '1');
    state.claims = keycloak.tokenParsed;
  } else {
    sessionStorage.removeItem(SIGNED_IN);
  }
  return state;
}

const here = () => location.origin + location.pathname;

export function login() {
  if (location.hash) sessionStorage.setItem(BACK, location.hash);
  // Keycloak's pages in Vietnamese, whatever the browser's language.
  keycloak.login({ redirectUri: here(), locale: 'vi' });
}

export function logout() {
  sessionStorage.removeItem(SIGNED_IN);
  keycloak.logout({ redirectUri: here() });
}

/** The access token, refreshed first if it expires within 30 s; none if the session has ended. */
async function bearer() {
  if (!keycloak?.authenticated) return null;
  try {
    await keycloak.updateToken(30);
    state.claims = keycloak.tokenParsed;
    return keycloak.token;
  } catch (e) {
    // The refresh was refused (logged out elsewhere, session expired): carry on as a visitor.
    keycloak.clearToken();
    state.claims = null;
    sessionStorage.removeItem(SIGNED_IN);
    return null;
  }
}

/** A person's name as Vietnamese write it, family name first ("Nguyễn Văn" + "An"), from the token's claims. */
export function fullName(claims) {
  const name = [claims?.family_name, claims?.given_name].filter(Boolean).join(' ');
  return name || claims?.name || claims?.preferred_username || '';
}

export function roles() {
  return state.claims?.realm_access?.roles || state.claims?.groups || [];
}

/** An API call; throws {status, problem} for anything but 2xx. `base` is '' for intake, 'tracking' for tracking. */
export async function api(path, { method = 'GET', body, base = '', raw = false, form } = {}) {
  const headers = {};
  const token = await bearer();
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const root = base === 'tracking' ? state.config.trackingUrl : '';
  const answer = await fetch(root + path, { method, headers, body: form ?? (body === undefined ? undefined : JSON.stringify(body)) });
  if (!answer.ok) {
    let problem = { title: 'Lỗi ' + answer.status, detail: '' };
    try { problem = await answer.json(); } catch (e) { /* not JSON */ }
    if (answer.status === 401) problem.detail = 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.';
    if (answer.status === 403 && !problem.detail) {
      problem = { title: 'Tài khoản không có quyền thực hiện việc này', detail: 'Vui lòng đăng nhập bằng tài khoản phù hợp.', errors: [] };
    }
    if (answer.status === 503) {
      // Refused at admission (or by a proxy, with no body): say when to try again, from Retry-After.
      const seconds = parseInt(answer.headers.get('Retry-After'), 10) || 5;
      problem = { title: 'Hệ thống đang quá tải', detail: `vui lòng thử lại sau ${seconds} giây.`, errors: [] };
    }
    throw { status: answer.status, problem };
  }
  if (raw) return answer.blob();
  return answer.status === 204 ? null : answer.json();
}

/** Shows a problem at the top of a form and next to each field it names (field = the input's data-field). */
export function showProblem(form, error) {
  clearProblem(form);
  const problem = error.problem || { title: 'Không kết nối được máy chủ', detail: String(error) };
  const box = form.querySelector('.problem');
  box.hidden = false;
  box.textContent = [problem.title, problem.detail].filter(Boolean).join(': ');
  for (const e of problem.errors || []) {
    // Services name fields "phone", "applicant.phone" or "documents[0].componentCode": find the input either way.
    const input = form.querySelector(`[data-field="${e.field}"]`) || form.querySelector(`[data-field$=".${e.field}"]`)
      || form.querySelector(`[name="${e.field.split('.').pop().split('[')[0]}"]`);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const msg = document.createElement('span');
      msg.className = 'field-error';
      msg.id = 'err-' + Math.random().toString(36).slice(2);
      msg.textContent = e.message;
      input.setAttribute('aria-describedby', msg.id);
      input.insertAdjacentElement('afterend', msg);
    } else {
      const li = document.createElement('div');
      li.className = 'field-error';
      li.textContent = e.field + ': ' + e.message;
      box.append(li);
    }
  }
  box.focus();
}

export function clearProblem(form) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const box = form.querySelector('.problem');
  if (box) { box.hidden = true; box.textContent = ''; }
}


export function when(iso) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** "16/12/2026" and "16:30" (Việt Nam time) → "2026-12-16T16:30:00+07:00"; null when either is not a real date or time. */
export function parseVietnameseDate(date, time = '16:30') {
  const d = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(date || '');
  const t = /^\s*(\d{1,2})[:h](\d{2})\s*$/.exec(time || '');
  if (!d || !t) return null;
  const [day, month, year, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return null;
  const two = (n) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:00+07:00`;
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  e.append(...children.flat().filter((c) => c !== null && c !== undefined).map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
  return e;
}

/** Opens a PDF the API returns (receipt, forms) in a new tab, ready to print. */
export async function openPdf(path, base = '') {
  const blob = await api(path, { base, raw: true });
  window.open(URL.createObjectURL(blob), '_blank');
}

/** The dossier's documents by name; an uploaded one opens in a new tab, for the officer deciding on it or the applicant checking what was sent. */
export function documentList(d, where) {
  return el('ul', { class: 'documents' }, d.documents.map((x) => {
    const name = x.componentName || x.componentCode;
    // A paper sent online after the agency asked for more says when it came.
    const supplied = x.suppliedAt ? el('span', { class: 'supplied' }, ` (bổ sung ${when(x.suppliedAt)})`) : '';
    if (!x.fileId) return el('li', {}, name, supplied);
    return el('li', {}, el('button', { type: 'button', class: 'link', 'data-file': x.fileId, onclick: async () => {
      try { await openPdf(`/api/dossiers/${d.code}/documents/${x.fileId}`); } catch (e) { showProblem(where, e); }
    } }, name), supplied);
  }));
}

/** The lists' page size: intake's lists are asked for it, tracking's answer it. */
export const PAGE_SIZE = 50;

/** The page number in an address segment (#/cua-toi/2 → 2); missing or not a number → the first page, 0. */
export function pageIn(segment) {
  return Math.max(0, parseInt(segment, 10) || 0);
}

/**
 * "‹ Trang trước · Trang 2/5 · Trang sau ›" for a list the API answers a page at a time (`page`, and `pages` or
 * `total` and `size`); `goTo(n)` shows page n.
 */
export function pageNav(q, goTo) {
  const pages = q.pages || Math.max(1, Math.ceil(q.total / q.size));
  return el('nav', { class: 'pages', 'aria-label': 'Trang' },
    el('button', { type: 'button', class: 'previous', disabled: q.page === 0, onclick: () => goTo(q.page - 1) }, '‹ Trang trước'),
    el('span', { class: 'page-of' }, ` Trang ${q.page + 1}/${pages} `),
    el('button', { type: 'button', class: 'next', disabled: q.page + 1 >= pages, onclick: () => goTo(q.page + 1) }, 'Trang sau ›'));
}

/**
 * A dossier's history: what happened (an officer's action as its button reads, or what the clock did), the status it
 * left the dossier in, the note. With {@code agencyName} a hand-over says where it went (to the agency: the officer
 * who took it too); {@code citizen} leaves out the clock's warnings to the agency and the officers' names. With
 * {@code papers}, intake's documents, the papers the applicant sent online have their lines too, in time order:
 * tracking learns of them only when an officer records them.
 */
export function timeline(view, { agencyName = null, citizen = false, papers = [] } = {}) {
  const to = (h) => {
    const step = h.type === 'DOSSIER_HANDED_OVER' && agencyName && view.steps.find((s) => s.stepNo === h.stepNo);
    return step ? ` đến ${agencyName(step.toAgency)}${step.toActor && !citizen ? ' (' + step.toActor + ')' : ''}` : '';
  };
  const lines = view.history.filter((h) => !(citizen && h.internal)).map((h) => [h.at, el('li', {},
    el('time', {}, when(h.at)), ' ', el('strong', {}, h.label || h.statusLabel), to(h),
    h.label && h.label !== h.statusLabel ? el('span', { class: 'muted' }, ' · ' + h.statusLabel) : '',
    h.note ? ' — ' + h.note : '')]);
  // One sending is one line: the papers of one request share their time.
  const sent = new Map();
  papers.filter((x) => x.suppliedAt).forEach((x) => sent.set(x.suppliedAt, [...(sent.get(x.suppliedAt) || []), x]));
  sent.forEach((xs, at) => lines.push([at, el('li', { class: 'supplied-online' }, el('time', {}, when(at)), ' ',
    el('strong', {}, 'Người nộp gửi giấy tờ bổ sung trực tuyến'), ' — ', [...new Set(xs.map((x) => x.componentName || x.componentCode))].join('; '))]));
  return el('ol', { class: 'timeline' }, lines.sort(([a], [b]) => new Date(a) - new Date(b)).map(([, li]) => li));
}

/**
 * Received a moment ago: tracking learns of it from intake's event, usually within a second, later if it is behind or
 * down. The page asks again (0.25 … 8 s) while it shows the same address, and calls {@code show} once tracking has the
 * dossier; after that the page keeps its advice to reload.
 */
export async function whenTracked(code, show) {
  const here = location.hash;
  for (let wait = 250; wait <= 8000; wait *= 2) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    if (location.hash !== here) return; // the reader went elsewhere
    const t = await api(`/api/dossiers/${code}/timeline`, { base: 'tracking' }).catch(() => null);
    if (t) return show().catch(() => {}); // a failure leaves the advice to reload
  }
}

/** Who is signed in: the person, and for a business's or organisation's account the one they act for. */
function signedInAs(claims) {
  return fullName(claims) + (claims.organisation_name ? ' · ' + claims.organisation_name : '');
}

export function userBox(st, onLogin) {
  const box = document.getElementById('user');
  box.replaceChildren(st.claims
    ? el('span', {}, el('span', { class: 'who' }, signedInAs(st.claims)), ' ', el('button', { type: 'button', onclick: logout }, 'Đăng xuất'))
    : el('button', { type: 'button', onclick: onLogin || login }, 'Đăng nhập'));
}

// intake's DossierCode: the agency's code, the day (yyMMdd), the number of the day.
const CODE = '[0-9A-Z]{2,5}(?:\\.[0-9A-Z]{2,5}){1,4}-\\d{6}-\\d{4,}';
const CODE_IN_TEXT = new RegExp(`(${CODE})`);
const WHOLE_CODE = new RegExp(`^${CODE}$`);

/** Whether the text is a dossier code, and only that. */
export const isDossierCode = (text) => WHOLE_CODE.test(text);

/** A page renderer: replaces the main content, sets the title and moves the focus there (screen readers). */
export function pager(suffix) {
  const main = document.getElementById('main');
  return (title, ...content) => {
    document.title = title + ' — ' + suffix;
    // A dossier code in the title is kept on one line: broken at its hyphen it read as two numbers on a phone.
    main.replaceChildren(el('h2', {}, ...title.split(CODE_IN_TEXT).map((part, i) => (i % 2 ? el('span', { class: 'code' }, part) : part))),
      ...content);
    labelCells(main);
    // Focus for screen readers, but the page from its top: focus() alone scrolled the header (the menu, the log-in)
    // out of sight on every page's first view.
    main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  };
}

/**
 * On a phone a table shows one block per row and hides its headings (app.css), which left a citizen with two dates
 * and no word for which is the appointment: each cell carries its column's heading, shown before it there.
 */
function labelCells(root) {
  root.querySelectorAll('table').forEach((table) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    table.querySelectorAll('tbody tr').forEach((tr) => [...tr.children].forEach((cell, i) => {
      if (cell.tagName === 'TD' && heads[i]) cell.dataset.label = heads[i];
    }));
  });
}

/** Starts a page: configuration, log-in state, the user box, then the hash router (errors become a page). */
export async function boot(page, routes) {
  const st = await start();
  userBox(st);
  const route = async () => {
    const [, view, arg, more] = (location.hash || '').split('/');
    try {
      await routes(st, view, arg, more);
    } catch (e) {
      page('Có lỗi xảy ra', el('p', { class: 'problem', role: 'alert' }, e.problem ? `${e.problem.title}. ${e.problem.detail || ''}` : String(e)));
    }
  };
  window.addEventListener('hashchange', route);
  await route();
}
