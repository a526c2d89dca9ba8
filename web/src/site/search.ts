import { ApiError } from '../shared/api.js';
import type { SearchItem } from '../shared/api-schemas.js';
import { frenchTypography as fr } from '../shared/french-typography.js';
import { problemText } from '../shared/problem-text.js';
import { frenchDate, h } from './dom.js';

interface SearchPage {
  items: SearchItem[];
  nextCursor: string | null;
}

/** Where a hit leads: a post in its article's thread (the widget's `#tribune-post-N`), or the article. */
export function hitHref(item: SearchItem): string {
  const article = `/articles/${encodeURIComponent(item.articleSlug)}`;
  return item.type === 'post' && item.number ? `${article}#tribune-post-${item.number}` : article;
}

/**
 * The server's excerpt is escaped text whose only tags are <mark>; this keeps
 * exactly that (anything else would be shown as text, never run).
 */
function excerptNode(excerpt: string): HTMLElement {
  const paragraph = h('p', { class: 'excerpt' });
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of [...template.content.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) paragraph.append(node.textContent ?? '');
    else if (node instanceof HTMLElement && node.tagName === 'MARK')
      paragraph.append(h('mark', {}, node.textContent ?? ''));
    else paragraph.append(node.textContent ?? '');
  }
  return paragraph;
}

function hitNode(item: SearchItem): HTMLElement {
  const who = item.author?.displayName ?? 'un lecteur';
  const title = fr(item.type === 'post' ? `Commentaire n° ${item.number} de ${who}` : `Article : ${item.articleTitle}`);
  return h(
    'li',
    { class: 'search-hit' },
    h('a', { href: hitHref(item) }, title),
    h(
      'p',
      { class: 'meta' },
      item.type === 'post' ? fr(`Sur « ${item.articleTitle} » · `) : '',
      h('time', { datetime: item.createdAt }, frenchDate(item.createdAt)),
    ),
    excerptNode(item.excerpt),
  );
}

async function fetchPage(q: string, cursor: string | null): Promise<SearchPage> {
  const params = new URLSearchParams({ q, limit: '10' });
  if (cursor) params.set('cursor', cursor);
  const response = await fetch(`/api/search?${params}`, {
    headers: { Accept: 'application/json', 'Accept-Language': 'fr' },
  }).catch(() => null);
  if (!response) throw new ApiError(0, { status: 0 });
  const body = (await response.json().catch(() => ({}))) as unknown;
  if (!response.ok) throw new ApiError(response.status, { ...(body as object), status: response.status });
  return body as SearchPage;
}

/** The reader search box of the front page, over GET /api/search; `?q=` in the address keeps it across reloads. */
export function setUpSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form.site-search');
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const results = document.getElementById('search-results');
  if (!form || !input || !results) return;

  const run = async (q: string) => {
    results.hidden = false;
    results.replaceChildren(h('p', { role: 'status' }, 'Recherche en cours…'));
    const heading = h('h2', { id: 'results-title', tabindex: '-1' }, fr(`Résultats pour « ${q} »`));
    const list = h('ol', { class: 'search-hits', 'aria-labelledby': 'results-title' });
    const more = h('button', { type: 'button', class: 'search-more' }, 'Afficher plus de résultats');
    const status = h('p', { role: 'status', class: 'search-status' });
    let cursor: string | null = null;
    const load = async () => {
      more.setAttribute('disabled', '');
      try {
        const page = await fetchPage(q, cursor);
        for (const item of page.items) list.append(hitNode(item));
        cursor = page.nextCursor;
        status.textContent =
          list.childElementCount === 0
            ? fr(`Aucun résultat pour « ${q} ».`)
            : `${list.childElementCount} résultat${list.childElementCount > 1 ? 's' : ''} affiché${list.childElementCount > 1 ? 's' : ''}.`;
        more.hidden = !cursor;
      } catch (error) {
        status.textContent = problemText(error, 'fr');
        status.className = 'search-status error';
      } finally {
        more.removeAttribute('disabled');
      }
    };
    more.addEventListener('click', () => void load());
    await load();
    results.replaceChildren(heading, status, list, more);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (!q) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'search-hint search-error');
      results.hidden = false;
      results.replaceChildren(
        h('p', { class: 'error', role: 'alert', id: 'search-error' }, 'Saisissez au moins un mot à rechercher.'),
      );
      return;
    }
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'search-hint');
    history.replaceState(null, '', `/?q=${encodeURIComponent(q)}`);
    void run(q);
  });
  const initial = new URLSearchParams(window.location.search).get('q')?.trim();
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
