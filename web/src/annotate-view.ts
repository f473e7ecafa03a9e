import { api, ApiError, type ExtractRequest } from './api.js';
import { byId, clear } from './dom.js';
import { recordView } from './record-view.js';

/** The form: paste, upload or a URL; then the annotated record below it. */
export function setupAnnotate(): { show: (r: Parameters<typeof recordView>[0]) => void } {
  const form = byId<HTMLFormElement>('extract-form');
  const text = byId<HTMLTextAreaElement>('article-text');
  const file = byId<HTMLInputElement>('article-file');
  const url = byId<HTMLInputElement>('article-url');
  const date = byId<HTMLInputElement>('article-date');
  const save = byId<HTMLInputElement>('article-save');
  const button = byId<HTMLButtonElement>('extract-button');
  const status = byId('extract-status');
  const error = byId('extract-error');
  const result = byId('result');

  const format = (value?: 'text' | 'html') => {
    const radios = form.querySelectorAll<HTMLInputElement>('input[name="format"]');
    if (value) radios.forEach((r) => (r.checked = r.value === value));
    return [...radios].find((r) => r.checked)?.value === 'html' ? 'html' : 'text';
  };
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    status.textContent = '';
  };
  const show = (record: Parameters<typeof recordView>[0]) => {
    clear(result);
    result.append(recordView(record));
    result.hidden = false;
  };

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > 5 * 1024 * 1024) return fail(`${f.name}: the file is over the 5 MiB limit.`);
    text.value = await f.text();
    format(/\.html?$/i.test(f.name) || f.type === 'text/html' ? 'html' : 'text');
    url.value = '';
    status.textContent = `Loaded ${f.name}. Press Annotate.`;
  });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.hidden = true;
    const req: ExtractRequest = {};
    if (url.value.trim()) req.url = url.value.trim();
    else if (text.value.trim()) req[format()] = text.value;
    else return fail('Paste an article, upload a file or give a URL first.');
    if (date.value) req.date = date.value;
    if (save.checked) req.save = true;
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    status.textContent = 'Annotating…';
    try {
      const record = await api.extract(req);
      show(record);
      status.textContent = `Annotated: ${record.entities.length} entities, ${record.quotes.length} quotes, ${record.attributions.length} claims${save.checked ? '; saved to the store' : ''}.`;
    } catch (err) {
      // The last record would read as this article's: take it away.
      clear(result);
      result.hidden = true;
      fail(err instanceof ApiError ? `${err.message} (${err.code})` : `Something went wrong: ${(err as Error).message}`);
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  return { show };
}
