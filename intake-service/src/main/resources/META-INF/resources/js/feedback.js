// Feedback and recommendations (phản ánh, kiến nghị) on the citizens' portal: file one (no log-in, a contact to be
// answered at), then follow it with its code and that contact, read the answer and say whether it satisfied.
import { api, clearProblem, el, fullName, showProblem, when } from './app.js';

const box = () => el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true });
const input = (label, name, attrs = {}) => el('label', {}, label, el('input', { name, 'data-field': name, ...attrs }));

function answerView(f, contact) {
  const parts = [el('p', {}, `Phản ánh ${f.code}: `, el('strong', { class: 'status' }, f.stageLabel), ` · hạn trả lời ${when(f.dueAt)}`,
    f.overdue ? el('strong', { class: 'overdue' }, ' · quá hạn') : ''), el('blockquote', {}, f.content)];
  if (f.answer) parts.push(el('h4', {}, 'Trả lời của cơ quan'), el('p', { class: 'answer' }, f.answer));
  if (f.verdictLabel) parts.push(el('p', { class: 'rated', role: 'status' }, 'Ý kiến của Ông/Bà về câu trả lời: ', el('strong', {}, f.verdictLabel), '.'));
  else if (f.answer) {
    const verdict = el('form', { class: 'verdict' }, box(), el('p', {}, 'Ông/Bà có hài lòng với câu trả lời?'),
      el('button', { type: 'submit', value: 'SATISFIED' }, 'Hài lòng'), ' ', el('button', { type: 'submit', value: 'DISSATISFIED' }, 'Không hài lòng'));
    verdict.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      try {
        const answered = await api('/api/public/feedback/verdict', { method: 'POST', base: 'tracking', body: { code: f.code, contact, verdict: ev.submitter.value } });
        verdict.closest('.feedback-view').replaceWith(answerView(answered, contact));
      } catch (e) {
        showProblem(verdict, e);
      }
    });
    parts.push(verdict);
  }
  return el('section', { class: 'feedback-view', 'aria-live': 'polite' }, ...parts);
}

function follow(code = '') {
  const form = el('form', { novalidate: true, class: 'follow' }, box(),
    input('Mã phản ánh', 'code', { required: true, value: code, placeholder: 'PA261202-7K3QX9' }),
    input('Thư điện tử hoặc số điện thoại đã khai', 'contact', { required: true }), el('button', { type: 'submit' }, 'Xem trả lời'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(form);
    form.parentElement.querySelector('.feedback-view')?.remove();
    const contact = form.elements.contact.value.trim();
    try {
      const f = await api('/api/public/feedback/status', { method: 'POST', base: 'tracking', body: { code: form.elements.code.value.trim(), contact } });
      form.after(answerView(f, contact));
    } catch (e) {
      showProblem(form, e);
    }
  });
  return form;
}

export async function feedbackPage(page, claims) {
  const agencies = await api('/api/agencies');
  const form = el('form', { novalidate: true, class: 'file' }, box(),
    // No agency chosen for the visitor: the first one by code, the province's People's Committee, took every
    // feedback whose sender did not look at the list.
    el('label', {}, 'Cơ quan', el('select', { name: 'agencyCode', 'data-field': 'agencyCode', required: true },
      el('option', { value: '' }, '— Chọn cơ quan —'), agencies.map((a) => el('option', { value: a.code }, a.name)))),
    input('Mã hồ sơ (nếu phản ánh về một hồ sơ)', 'dossierCode'),
    input('Họ và tên', 'name', { required: true, autocomplete: 'name', value: claims ? fullName(claims) : '' }),
    input('Thư điện tử', 'email', { type: 'email', autocomplete: 'email', value: claims?.email || '' }),
    input('Số điện thoại', 'phone', { inputmode: 'tel', autocomplete: 'tel' }),
    el('label', {}, 'Nội dung phản ánh, kiến nghị', el('textarea', { name: 'content', 'data-field': 'content', rows: 5, maxlength: 2000, required: true })),
    el('button', { type: 'submit' }, 'Gửi phản ánh, kiến nghị'));
  const followSection = el('section', {}, el('h3', {}, 'Theo dõi phản ánh đã gửi'), follow());
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(form);
    const v = (n) => form.elements[n].value.trim() || null;
    try {
      const f = await api('/api/feedback', { method: 'POST', base: 'tracking', body: { agencyCode: v('agencyCode'), dossierCode: v('dossierCode'),
        name: v('name'), email: v('email'), phone: v('phone'), content: v('content') } });
      form.replaceWith(el('p', { class: 'success', role: 'status' }, 'Đã gửi. Mã phản ánh: ', el('strong', { class: 'feedback-code' }, f.code),
        `. Cơ quan trả lời chậm nhất ${when(f.dueAt)}. Ông/Bà xem câu trả lời bằng mã này cùng thư điện tử hoặc số điện thoại đã khai.`));
      followSection.replaceChildren(el('h3', {}, 'Theo dõi phản ánh đã gửi'), follow(f.code));
    } catch (e) {
      showProblem(form, e);
    }
  });
  page('Phản ánh, kiến nghị', el('p', {}, 'Không cần đăng nhập. Cơ quan trả lời trong thời hạn tính theo ngày làm việc; Ông/Bà được hỏi ý kiến về câu trả lời.'),
    form, followSection);
}
