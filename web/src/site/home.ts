import '../shared/page.css';
import type { ArticleSummary } from '../shared/api-schemas.js';
import { frenchDate, getJson, h } from './dom.js';
import { setUpSearch } from './search.js';

/** `/`: the demo news site's front page, from GET /api/articles. */
async function main() {
  const container = document.getElementById('articles')!;
  try {
    const page = await getJson<{ items: ArticleSummary[] }>('/api/articles?limit=20');
    container.replaceChildren();
    if (page.items.length === 0) {
      container.append(h('p', {}, 'Aucune actualité pour l’instant. Lancez « npm run cli -- seed-demo ».'));
      return;
    }
    for (const article of page.items) {
      const count = article.thread?.postCount ?? 0;
      container.append(
        h(
          'article',
          { class: 'teaser' },
          h('h2', {}, h('a', { href: `/articles/${encodeURIComponent(article.slug)}` }, article.title)),
          h(
            'p',
            { class: 'meta' },
            h('time', { datetime: article.publishedAt }, frenchDate(article.publishedAt)),
            ` · ${count} ${count > 1 ? 'réactions' : 'réaction'}`,
          ),
          article.summary ? h('p', {}, article.summary) : null,
        ),
      );
    }
  } catch {
    container.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Les actualités n’ont pas pu être chargées.'));
  }
}

setUpSearch();
void main();
