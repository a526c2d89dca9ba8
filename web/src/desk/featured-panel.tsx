import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../shared/staff.js';
import { formErrors, Status } from './fields.js';
import { frenchDateTime, type Post } from './labels.js';

const excerpt = (post: Post): string => {
  const text = (post.body ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 280 ? `${text.slice(0, 280)}…` : text;
};

function PostLine(props: { post: Post; action: preact.ComponentChildren }) {
  const { post } = props;
  return (
    <li class="featured-post">
      <p class="muted">
        Message n°{'\u00a0'}
        {post.number} de {post.author.displayName} · {frenchDateTime(post.createdAt)}
      </p>
      <p class="post-body">{excerpt(post)}</p>
      {props.action}
    </li>
  );
}

/** « Choix de la rédaction »: the thread's featured comments, and its latest comments to pick from. */
export function FeaturedPanel(props: { threadId: string }) {
  const [featured, setFeatured] = useState<Post[]>([]);
  const [recent, setRecent] = useState<Post[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const path = { params: { path: { id: props.threadId } } };

  const loadFeatured = useCallback(async () => {
    setFeatured((await api.ok(api.client.GET('/api/threads/{id}/featured', path))).items);
  }, [props.threadId]);

  const loadRecent = useCallback(
    async (after: string | null) => {
      const page = await api.ok(
        api.client.GET('/api/threads/{id}/posts', {
          params: { path: { id: props.threadId }, query: { sort: 'newest', limit: 20, cursor: after ?? undefined } },
        }),
      );
      setRecent((current) => (after ? [...current, ...page.items] : page.items));
      setCursor(page.nextCursor);
    },
    [props.threadId],
  );

  useEffect(() => {
    Promise.all([loadFeatured(), loadRecent(null)]).catch((caught) => setError(formErrors(caught, [], String).summary));
  }, [loadFeatured, loadRecent]);

  const toggle = async (post: Post, feature: boolean) => {
    setError(null);
    setNotice(null);
    try {
      const options = { params: { path: { id: post.id } } };
      const updated = await api.ok(
        feature
          ? api.client.POST('/api/moderation/posts/{id}/feature', options)
          : api.client.DELETE('/api/moderation/posts/{id}/feature', options),
      );
      setRecent((list) => list.map((p) => (p.id === updated.id ? updated : p)));
      await loadFeatured();
      setNotice(
        feature
          ? `Le message n°\u00a0${post.number} est mis en avant.`
          : `Le message n°\u00a0${post.number} n’est plus mis en avant.`,
      );
    } catch (caught) {
      setError(formErrors(caught, [], String).summary);
    }
  };

  const candidates = recent.filter((post) => post.status === 'visible' && !post.featured);
  return (
    <section aria-labelledby="featured-title" class="subsection">
      <h3 id="featured-title">Choix de la rédaction</h3>
      <Status notice={notice} error={error} />
      {featured.length === 0 ? (
        <p class="muted">Aucun commentaire mis en avant.</p>
      ) : (
        <ul class="featured" aria-label="Commentaires mis en avant">
          {featured.map((post) => (
            <PostLine
              key={post.id}
              post={post}
              action={
                <button type="button" class="btn secondary" onClick={() => void toggle(post, false)}>
                  Retirer de la sélection
                  <span class="visually-hidden">
                    {' '}
                    (message n°{'\u00a0'}
                    {post.number})
                  </span>
                </button>
              }
            />
          ))}
        </ul>
      )}
      <h4>Derniers commentaires</h4>
      {candidates.length === 0 && <p class="muted">Aucun autre commentaire publié.</p>}
      <ul class="featured" aria-label="Derniers commentaires à mettre en avant">
        {candidates.map((post) => (
          <PostLine
            key={post.id}
            post={post}
            action={
              <button type="button" class="btn secondary" onClick={() => void toggle(post, true)}>
                Mettre en avant
                <span class="visually-hidden">
                  {' '}
                  (message n°{'\u00a0'}
                  {post.number})
                </span>
              </button>
            }
          />
        ))}
      </ul>
      {cursor && (
        <button
          type="button"
          class="btn secondary"
          onClick={() => void loadRecent(cursor).catch((caught) => setError(formErrors(caught, [], String).summary))}
        >
          Plus de commentaires
        </button>
      )}
    </section>
  );
}
