// Feedback on the officers' desk: the agency's feedback by due date, overdue flagged like a dossier, answered once,
// 50 to a page (#/phan-anh/cho-tra-loi/1 or #/phan-anh/tat-ca/1 is the second page).
import { api, clearProblem, el, pageIn, pageNav, showProblem, when } from './app.js';

export async function feedbackDesk(page, arg, more) {
  const unanswered = arg !== 'tat-ca';
  const number = pageIn(more);
  const list = await api(`/api/feedback?unanswered=${unanswered}&page=${number}`, { base: 'tracking' });
  const row = (f) => {
    const cells = [el('td', {}, el('strong', {}, f.code), el('br'), f.dossierCode ? `Hồ sơ ${f.dossierCode}` : ''),
      f.contactErased
        ? el('td', { class: 'muted' }, 'Thông tin liên hệ đã xóa sau thời hạn lưu giữ')
        : el('td', {}, f.contactName, el('br'), el('span', { class: 'muted' }, [f.contactPhone, f.contactEmail].filter(Boolean).join(' · '))),
      el('td', { class: 'comment' }, f.content),
      el('td', {}, when(f.dueAt), f.overdue ? el('strong', { class: 'overdue' }, ' — quá hạn') : '')];
    if (f.answer) {
      cells.push(el('td', { class: 'comment' }, f.answer, el('br'), el('span', { class: 'muted' }, `${f.answeredBy || ''}${f.verdictLabel ? ' · người dân: ' + f.verdictLabel : ''}`)));
    } else {
      const form = el('form', { class: 'answer', novalidate: true }, el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true }),
        el('label', {}, 'Trả lời', el('textarea', { name: 'answer', 'data-field': 'answer', rows: 3, maxlength: 4000 })), el('button', { type: 'submit' }, 'Gửi trả lời'));
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        clearProblem(form);
        try {
          await api(`/api/feedback/${f.code}/answer`, { method: 'POST', base: 'tracking', body: { answer: form.elements.answer.value.trim() || null } });
          await feedbackDesk(page, arg, more);
        } catch (e) {
          showProblem(form, e);
        }
      });
      cells.push(el('td', {}, form));
    }
    return el('tr', { 'data-code': f.code, class: f.overdue ? 'overdue' : '' }, ...cells);
  };
  page('Phản ánh, kiến nghị', el('p', {}, unanswered ? 'Đang chờ trả lời, hạn sớm nhất trước. ' : 'Tất cả, hạn sớm nhất trước. ',
    el('a', { href: unanswered ? '#/phan-anh/tat-ca' : '#/phan-anh' }, unanswered ? 'Xem cả phản ánh đã trả lời' : 'Chỉ xem phản ánh chờ trả lời')),
  list.items.length === 0 ? el('p', { class: 'empty' }, 'Không có phản ánh, kiến nghị nào.') : el('table', { class: 'feedback' },
    el('thead', {}, el('tr', {}, ['Mã', 'Người gửi', 'Nội dung', 'Hạn trả lời', 'Trả lời'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.items.map(row))),
  list.pages > 1 ? pageNav(list, (n) => { location.hash = `#/phan-anh/${unanswered ? 'cho-tra-loi' : 'tat-ca'}/${n}`; }) : '');
}
