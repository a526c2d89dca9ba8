import { useEffect, useState } from 'preact/hooks';
import { ApiError, type Page } from '../shared/api.js';
import type { PublicProfile, UserPost } from '../shared/api-schemas.js';
import { longDate, longDateTime, problemText } from '../shared/problem-text.js';
import { titled, useReader } from './context.js';

const PAGE_SIZE = 20;

/** The same rule as a post's `author.badge`: editors write as journalists, moderators and admins as staff. */
const badgeOf = (role: PublicProfile['role']): 'journalist' | 'staff' | null =>
  role === 'editor' ? 'journalist' : role === 'moderator' || role === 'admin' ? 'staff' : null;

export const postHref = (slug: string, number: number) =>
  `/articles/${encodeURIComponent(slug)}#tribune-post-${number}`;

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; profile: PublicProfile };

/** `/u/<username>`: a reader's public profile and their latest visible comments. */
export function ProfilePage({ username }: { username: string }) {
  const { api, lang, t } = useReader();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [posts, setPosts] = useState<UserPost[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const base = `/api/users/${encodeURIComponent(username)}`;

  useEffect(() => {
    setState({ kind: 'loading' });
    Promise.all([api.get<PublicProfile>(base), api.get<Page<UserPost>>(`${base}/posts?limit=${PAGE_SIZE}`)])
      .then(([profile, page]) => {
        titled(profile.displayName);
        setPosts(page.items);
        setCursor(page.nextCursor);
        setState({ kind: 'ready', profile });
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) {
          titled(t.profileNotFoundTitle);
          setState({ kind: 'missing' });
        } else setState({ kind: 'failed', error });
      });
  }, [username, attempt]);

  const more = async () => {
    if (!cursor) return;
    setBusy(true);
    setMoreError(null);
    try {
      const page = await api.get<Page<UserPost>>(
        `${base}/posts?limit=${PAGE_SIZE}&cursor=${encodeURIComponent(cursor)}`,
      );
      setPosts((current) => [...current, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(error);
    } finally {
      setBusy(false);
    }
  };

  if (state.kind === 'loading') return <ProfileSkeleton />;
  if (state.kind === 'missing') {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t.profileNotFoundTitle}</h1>
        <p>{t.profileNotFound(username)}</p>
        <p>
          <a href="/">{t.backHome}</a>
        </p>
      </section>
    );
  }
  if (state.kind === 'failed') {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t.loadFailed}</h1>
        <p class="error" role="alert">
          {problemText(state.error, lang)}
        </p>
        <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>
          {t.retry}
        </button>
      </section>
    );
  }
  const { profile } = state;
  const badge = badgeOf(profile.role);
  return (
    <article class="profile" aria-labelledby="page-title">
      <header class="profile-head">
        <h1 id="page-title">{profile.displayName}</h1>
        <p class="meta">
          <span class="username">@{profile.username}</span>
          {badge && <span class="badge">{t.badges[badge]}</span>}
        </p>
        <p class="meta">
          <time dateTime={profile.createdAt}>{t.memberSince(longDate(profile.createdAt, lang))}</time> ·{' '}
          {t.postCount(profile.postCount)}
        </p>
        {profile.bio && <p class="bio">{profile.bio}</p>}
      </header>
      <section aria-labelledby="posts-title">
        <h2 id="posts-title">{t.recentPosts}</h2>
        {posts.length === 0 ? (
          <p>{t.noPosts}</p>
        ) : (
          <ol class="user-posts">
            {posts.map((post) => (
              <li key={post.id} class="user-post">
                <p class="meta">
                  {t.onArticle} <a href={`/articles/${encodeURIComponent(post.article.slug)}`}>{post.article.title}</a>{' '}
                  · <time dateTime={post.createdAt}>{longDateTime(post.createdAt, lang)}</time>
                </p>
                {/* Rendered from Markdown and sanitized by the server. */}
                <div class="post-body" dangerouslySetInnerHTML={{ __html: post.html ?? '' }} />
                <p class="post-link">
                  <a href={postHref(post.article.slug, post.number)}>{t.seeInThread(post.number)}</a>
                </p>
              </li>
            ))}
          </ol>
        )}
        {moreError !== null && (
          <p class="error" role="alert">
            {problemText(moreError, lang)}
          </p>
        )}
        {cursor && (
          <button type="button" class="button" disabled={busy} onClick={() => void more()}>
            {t.morePosts}
          </button>
        )}
      </section>
    </article>
  );
}

/** The page's shape while it loads, so nothing jumps when the profile arrives. */
function ProfileSkeleton() {
  const { t } = useReader();
  return (
    <div class="profile skeleton" aria-busy="true">
      <p role="status">{t.loading}</p>
      <div class="skeleton-block" style="height:6rem" />
      <div class="skeleton-block" style="height:12rem" />
    </div>
  );
}
