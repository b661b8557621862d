// The satisfaction rating form, one for every way in: the citizen signed in, the public lookup, the link in the
// message, and the counter view the officer opens for the citizen. The scale and its words come from tracking.
import { api, clearProblem, el, showProblem } from './app.js';

export const thanks = (label) => el('p', { class: 'rated', role: 'status' }, 'Bạn đã đánh giá: ', el('strong', {}, label), '. Cảm ơn bạn.');

/** The form; `send(rating)` posts it and answers with the stored rating. */
export async function ratingForm(send, { large = false } = {}) {
  const scale = await api('/api/satisfaction/scale', { base: 'tracking' });
  const levels = Object.entries(scale.levels);
  const form = el('form', { class: large ? 'rating large' : 'rating', novalidate: true }, el('div', { class: 'problem', role: 'alert', tabindex: '-1', hidden: true }),
    el('fieldset', { 'data-field': 'overall' }, el('legend', {}, 'Mức độ hài lòng chung'),
      levels.map(([value, label]) => el('label', { class: 'check' }, el('input', { type: 'radio', name: 'overall', value }), label))),
    el('details', { open: large || undefined }, el('summary', {}, 'Theo từng tiêu chí (không bắt buộc)'),
      Object.entries(scale.criteria).map(([criterion, label]) => el('label', {}, label,
        el('select', { name: 'criterion', 'data-criterion': criterion }, el('option', { value: '' }, '—'),
          levels.map(([value, text]) => el('option', { value }, text)))))),
    el('label', {}, 'Ý kiến (không bắt buộc; lãnh đạo cơ quan đọc, không ghi số điện thoại hay số định danh)',
      el('textarea', { name: 'comment', 'data-field': 'comment', maxlength: 1000, rows: 3 })),
    el('button', { type: 'submit' }, 'Gửi đánh giá'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblem(form);
    const criteria = {};
    form.querySelectorAll('select[name=criterion]').forEach((s) => { if (s.value) criteria[s.dataset.criterion] = s.value; });
    const overall = form.querySelector('input[name=overall]:checked');
    try {
      const r = await send({ overall: overall ? overall.value : null, criteria, comment: form.elements.comment.value.trim() || null });
      form.replaceWith(thanks(r.overallLabel));
    } catch (e) {
      showProblem(form, e);
    }
  });
  return form;
}

/** What a standing from tracking calls for: the thanks once rated, the form while open, a note before the result. */
export async function forStanding(standing, send, options) {
  if (standing.ratedLabel) return thanks(standing.ratedLabel);
  if (!standing.open) return el('p', { class: 'muted' }, 'Việc đánh giá mở sau khi hồ sơ có kết quả trả hoặc không được tiếp nhận.');
  return ratingForm(send, options);
}

/** The applicant, signed in, on their dossier's page. */
export async function signedInRating(code) {
  try {
    return thanks((await api(`/api/dossiers/${code}/rating`, { base: 'tracking' })).overallLabel);
  } catch (e) {
    if (e.status !== 404) throw e;
  }
  return ratingForm((body) => api(`/api/dossiers/${code}/rating`, { method: 'POST', base: 'tracking', body }));
}

/** Without signing in: `pass` is the link's token, or the code and ID number of the public lookup. */
export async function publicRating(pass) {
  const standing = await api('/api/public/ratings/standing', { method: 'POST', base: 'tracking', body: pass });
  return { standing, part: await forStanding(standing, (rating) => api('/api/public/ratings', { method: 'POST', base: 'tracking', body: { pass, rating } })) };
}
