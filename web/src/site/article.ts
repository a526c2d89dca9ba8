import '../shared/page.css';
import type { Article } from '../shared/api-schemas.js';
import { frenchDate, getJson, h, safeUrl } from './dom.js';

/**
 * `/articles/:slug`: one article, then the discussion exactly as a news site
 * embeds it: `<div data-tribune-article="slug">` and `<script src="/embed.js" async>`.
 */
async function main() {
  const container = document.getElementById('article')!;
  const slug = decodeURIComponent(window.location.pathname.replace(/^\/articles\//, '').replace(/\/$/, ''));
  let article: Article;
  try {
    article = await getJson<Article>(`/api/articles/${encodeURIComponent(slug)}`);
  } catch {
    container.removeAttribute('aria-busy');
    container.replaceChildren(
      h('h1', {}, 'Article introuvable'),
      h('p', {}, h('a', { href: '/' }, 'Retour aux actualités')),
    );
    return;
  }
  document.title = `${article.title} — Le Fil numérique`;
  const body = h('div', { class: 'article-body', 'data-article-body': '' });
  // Rendered from Markdown and sanitized by the server.
  if (article.bodyHtml) body.innerHTML = article.bodyHtml;
  else for (const paragraph of (article.body ?? '').split(/\n{2,}/)) body.append(h('p', {}, paragraph));

  const sources = article.sources ?? [];
  const related = article.related ?? [];
  const corrections = article.corrections ?? [];
  container.replaceChildren(
    h(
      'article',
      { 'aria-labelledby': 'article-title' },
      h('h1', { id: 'article-title' }, article.title),
      h(
        'p',
        { class: 'meta' },
        h('time', { datetime: article.publishedAt }, frenchDate(article.publishedAt)),
        article.author ? ` · par ${article.author.displayName}` : '',
      ),
      article.summary ? h('p', { class: 'summary' }, article.summary) : null,
      body,
      sources.length
        ? h(
            'aside',
            { class: 'box', 'aria-labelledby': 'sources-title' },
            h('h2', { id: 'sources-title' }, 'Sources'),
            h(
              'ul',
              {},
              ...sources.map((source) =>
                h('li', {}, h('a', { href: safeUrl(source.url), rel: 'noopener' }, source.label)),
              ),
            ),
          )
        : null,
      corrections.length
        ? h(
            'aside',
            { class: 'box', 'aria-labelledby': 'corrections-title' },
            h('h2', { id: 'corrections-title' }, 'Corrections'),
            h('ul', {}, ...corrections.map((c) => h('li', {}, `${frenchDate(c.createdAt)} : ${c.note}`))),
          )
        : null,
      related.length
        ? h(
            'aside',
            { class: 'box', 'aria-labelledby': 'related-title' },
            h('h2', { id: 'related-title' }, 'Voir aussi'),
            h('ul', {}, ...related.map((link) => h('li', {}, h('a', { href: safeUrl(link.url) }, link.title)))),
          )
        : null,
    ),
    h('div', { 'data-tribune-article': article.slug, id: 'discussion' }),
  );
  container.removeAttribute('aria-busy');
  const script = h('script', { src: '/embed.js', async: '' });
  document.body.append(script);
}

void main();
