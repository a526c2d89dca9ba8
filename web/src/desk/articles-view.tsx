import { useEffect, useState } from 'preact/hooks';
import { api } from '../shared/staff.js';
import { formErrors, Status } from './fields.js';
import { frenchDateTime, plural, type ArticleSummary } from './labels.js';

/**
 * The articles, newest publication time first, twenty at a time (« Plus d’articles » follows the cursor):
 * those not yet published (embargoed, scheduled) lead the list, marked « À paraître » with their time.
 */
export function ArticlesView() {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async (after: string | null) => {
    try {
      const page = await api.ok(
        api.client.GET('/api/articles', {
          params: { query: { include: 'unpublished', limit: 20, cursor: after ?? undefined } },
        }),
      );
      setArticles((current) => (after ? [...current, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setLoaded(true);
    } catch (caught) {
      setError(formErrors(caught, [], String).summary);
    }
  };
  useEffect(() => void load(null), []);

  return (
    <section aria-labelledby="articles-title">
      <div class="row heading-row">
        <h2 id="articles-title">Articles publiés et à paraître</h2>
        <a class="btn" href="#article-nouveau">
          Nouvel article
        </a>
      </div>
      <Status error={error} />
      {loaded && articles.length === 0 && <p class="muted">Aucun article.</p>}
      {articles.length > 0 && (
        <table>
          <caption class="visually-hidden">
            Articles, de la publication la plus lointaine à la plus ancienne (à paraître d’abord)
          </caption>
          <thead>
            <tr>
              <th scope="col">Titre</th>
              <th scope="col">Publication</th>
              <th scope="col">Discussion</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td>
                  <a href={`#article/${encodeURIComponent(article.slug)}`}>{article.title}</a>
                </td>
                <td>
                  {Date.parse(article.publishedAt) > Date.now() ? (
                    <>
                      <strong class="unpublished">À paraître</strong> le {frenchDateTime(article.publishedAt)}
                    </>
                  ) : (
                    frenchDateTime(article.publishedAt)
                  )}
                </td>
                <td>
                  {plural(article.thread.postCount, 'commentaire', 'commentaires')}
                  {article.thread.status === 'locked' ? ', fermée' : ', ouverte'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor && (
        <button type="button" class="btn secondary more" onClick={() => void load(cursor)}>
          Plus d’articles
        </button>
      )}
    </section>
  );
}
