import { setupAnnotate } from './annotate-view.js';
import { byId } from './dom.js';
import { eventPage, storedRecord, storeHome } from './store-view.js';

/** Views by the address's hash: #annotate, #store, #event/ID, #record/ID. */
function route(): void {
  const hash = location.hash.slice(1);
  const [view, rawId] = hash.split('/', 2);
  const id = rawId ? decodeURIComponent(rawId) : '';
  const annotate = byId('view-annotate');
  const store = byId('view-store');
  const onStore = view === 'store' || view === 'event' || view === 'record';
  annotate.hidden = onStore;
  store.hidden = !onStore;
  byId('nav-annotate').toggleAttribute('aria-current', !onStore);
  byId('nav-store').toggleAttribute('aria-current', onStore);
  if (byId('nav-annotate').hasAttribute('aria-current')) byId('nav-annotate').setAttribute('aria-current', 'page');
  if (byId('nav-store').hasAttribute('aria-current')) byId('nav-store').setAttribute('aria-current', 'page');
  const root = byId('store-root');
  if (view === 'event' && id) void eventPage(root, id);
  else if (view === 'record' && id) void storedRecord(root, id);
  else if (view === 'store') void storeHome(root);
}

setupAnnotate();
window.addEventListener('hashchange', () => {
  route();
  byId('main').focus();
});
route();
