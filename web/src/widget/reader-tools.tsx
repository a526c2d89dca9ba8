import { useEffect, useState } from 'preact/hooks';
import type { SearchItem } from '../shared/api-schemas.js';
import { postAnchor, useId, useUser, useWidget } from './context.js';
import { formatWhen, showPost, withAbsoluteMentions } from './links.js';
import { NotificationBell } from './notifications.js';
import type { Post } from './post.js';

type UserPost = Post & { article: { title: string; slug: string } };

/** The page of an article of this Tribune (the demo site's), for links to other threads. */
const articlePage = (base: string, slug: string, number?: number) =>
  `${base}/articles/${encodeURIComponent(slug)}${number ? `#${postAnchor(number)}` : ''}`;

/** The reader's tools above the thread: search (everyone), the bell and "Mes commentaires" (signed in). */
export function ReaderTools({ threadId, slug }: { threadId: string | null; slug: string }) {
  const { t } = useWidget();
  const user = useUser();
  const [mineOpen, setMineOpen] = useState(false);
  const mineId = useId('mine');
  return (
    <div class="t-tools">
      <div class="t-toolbar">
        {user && <NotificationBell key={user.id} threadId={threadId} />}
        {user && (
          <button
            type="button"
            class="t-btn t-secondary"
            aria-expanded={mineOpen}
            aria-controls={mineId}
            onClick={() => setMineOpen(!mineOpen)}
          >
            {t.myPosts}
          </button>
        )}
      </div>
      {user && mineOpen && <MyPosts key={user.id} id={mineId} username={user.username} threadId={threadId} />}
      <Search slug={slug} threadId={threadId} />
    </div>
  );
}

/** "Mes commentaires": the signed-in reader's visible posts, newest first, each with its article. */
function MyPosts({ id, username, threadId }: { id: string; username: string; threadId: string | null }) {
  const { api, t, lang, root } = useWidget();
  const [items, setItems] = useState<UserPost[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId('mine-title');

  const load = async (next: string | null) => {
    try {
      const page = await api.ok(
        api.client.GET('/api/users/{username}/posts', {
          params: { path: { username }, query: { limit: 20, cursor: next ?? undefined } },
        }),
      );
      setItems((current) => [...(next ? (current ?? []) : []), ...(page.items as UserPost[])]);
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  useEffect(() => void load(null), [username]);

  return (
    <section class="t-mine" id={id} aria-labelledby={titleId}>
      <h4 id={titleId}>{t.myPostsTitle}</h4>
      {error && (
        <p class="t-error" role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p class="t-hint">{t.loading}</p>}
      {items?.length === 0 && <p class="t-hint">{t.noMyPosts}</p>}
      {items && items.length > 0 && (
        <ul class="t-mine-list">
          {items.map((post) => {
            const here = post.threadId === threadId;
            return (
              <li key={post.id}>
                <p class="t-hint">
                  {t.onArticle(post.article.title)} ·{' '}
                  <time dateTime={post.createdAt}>{formatWhen(post.createdAt, lang)}</time>
                </p>
                <div
                  class="t-body"
                  dangerouslySetInnerHTML={{ __html: withAbsoluteMentions(post.html ?? '', api.base) }}
                />
                <a
                  href={here ? `#${postAnchor(post.number)}` : articlePage(api.base, post.article.slug, post.number)}
                  onClick={(event) => {
                    if (!here) return;
                    event.preventDefault();
                    showPost(root, post);
                  }}
                >
                  {t.seePost} ({t.postNumber(post.number)})
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {cursor && (
        <button type="button" class="t-btn t-secondary" onClick={() => void load(cursor)}>
          {t.loadMore}
        </button>
      )}
    </section>
  );
}

/** Search over this article and its discussion (`/api/search?article=`), results linking to the posts. */
function Search({ slug, threadId }: { slug: string; threadId: string | null }) {
  const { api, t, root } = useWidget();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId('search');
  const statusId = useId('search-status');

  const submit = async (event: Event) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    setBusy(true);
    setError(null);
    try {
      const page = await api.ok(api.client.GET('/api/search', { params: { query: { q, article: slug, limit: 20 } } }));
      setResults(page.items);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="t-search-box">
      <form class="t-search" role="search" onSubmit={submit}>
        <div class="t-field">
          <label for={inputId}>{t.searchLabel}</label>
          <input
            id={inputId}
            type="search"
            maxLength={200}
            value={query}
            onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="t-btn t-secondary" disabled={busy}>
          {t.searchButton}
        </button>
        {results && (
          <button
            type="button"
            class="t-link"
            onClick={() => {
              setResults(null);
              setQuery('');
            }}
          >
            {t.searchClear}
          </button>
        )}
      </form>
      {error && (
        <p class="t-error" role="alert">
          {error}
        </p>
      )}
      <p id={statusId} class="t-hint" role="status">
        {results ? t.searchResults(results.length) : ''}
      </p>
      {results && results.length > 0 && (
        <ul class="t-hits" aria-labelledby={statusId}>
          {results.map((hit) => (
            <li key={`${hit.type}-${hit.id}`}>
              {hit.type === 'post' && hit.number ? (
                <a
                  href={
                    hit.threadId === threadId
                      ? `#${postAnchor(hit.number)}`
                      : articlePage(api.base, hit.articleSlug, hit.number)
                  }
                  onClick={(event) => {
                    if (hit.threadId !== threadId) return;
                    event.preventDefault();
                    showPost(root, { id: hit.id, number: hit.number! });
                  }}
                >
                  {t.postNumber(hit.number)}
                  {hit.author ? ` · ${hit.author.displayName}` : ''}
                </a>
              ) : (
                <strong>{t.theArticle}</strong>
              )}
              {/* Escaped by the server; its only tags are <mark> around the matched words. */}
              <p class="t-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
