import { useState } from 'preact/hooks';
import { formatDate } from '../shared/api.js';
import type { Post, PostAuthor } from '../shared/api-schemas.js';
import { useId, useUser, useWidget } from './context.js';

// The server's shapes, generated from its OpenAPI document (npm run openapi).
export type { Post, PostAuthor } from '../shared/api-schemas.js';

const FLAG_REASONS = ['spam', 'abuse', 'off_topic', 'illegal', 'other'];

export const authorName = (author: PostAuthor | null | undefined): string =>
  author?.displayName || author?.username || '—';

export function PostView(props: {
  post: Post;
  locked: boolean;
  onReply: (post: Post) => void;
  onChange: (post: Post) => void;
}) {
  const { api, t, lang } = useWidget();
  const user = useUser();
  const { post } = props;
  const [panel, setPanel] = useState<'none' | 'flag' | 'edit' | 'delete'>('none');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId('post-head');
  const mine = !!user && !!post.author?.username && user.username?.toLowerCase() === post.author.username.toLowerCase();
  const readable = post.html !== null && post.html !== undefined;
  const active = !!user && user.status === 'active';

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const vote = (value: 1 | -1) =>
    act(async () => {
      const params = { path: { id: post.id } };
      const result = await api.ok(
        post.myVote === value
          ? api.client.DELETE('/api/posts/{id}/vote', { params })
          : api.client.PUT('/api/posts/{id}/vote', { params, body: { value } }),
      );
      props.onChange({ ...post, score: result.score, myVote: result.myVote });
    });

  return (
    <article
      class={`t-post t-${post.status}`}
      id={`tribune-post-${post.number}`}
      aria-labelledby={headingId}
      data-post-number={post.number}
      tabIndex={-1}
    >
      <header class="t-post-head" id={headingId}>
        <strong class="t-author">{authorName(post.author)}</strong>
        <a class="t-number" href={`#tribune-post-${post.number}`}>
          {t.postNumber(post.number)}
        </a>
        <time dateTime={post.createdAt}>{formatDate(post.createdAt, lang)}</time>
        {post.editedAt && <span class="t-hint">({t.edited})</span>}
        {post.status === 'pending' && readable && <span class="t-badge">{t.pendingBadge}</span>}
      </header>
      {post.replyTo && (
        <p class="t-replyto">
          <a href={`#tribune-post-${post.replyTo.number}`}>
            {t.inReplyTo(post.replyTo.number, authorName(post.replyTo.author))}
          </a>
        </p>
      )}
      {panel === 'edit' ? (
        <EditForm
          post={post}
          onCancel={() => setPanel('none')}
          onSaved={(next) => {
            props.onChange(next);
            setPanel('none');
          }}
        />
      ) : readable ? (
        // Sanitized on the server from the author's Markdown.
        <div class="t-body" dangerouslySetInnerHTML={{ __html: post.html ?? '' }} />
      ) : (
        <p class="t-placeholder">{t.placeholder[post.status] || ''}</p>
      )}
      {readable && (
        <div class="t-post-actions">
          <div class="t-vote" role="group" aria-label={t.score}>
            <button
              type="button"
              class="t-icon"
              aria-label={t.upvote}
              aria-pressed={post.myVote === 1}
              disabled={!active || mine || busy || post.status !== 'visible'}
              onClick={() => void vote(1)}
            >
              ▲
            </button>
            <span class="t-score" aria-label={`${t.score} ${post.score}`}>
              {post.score}
            </span>
            <button
              type="button"
              class="t-icon"
              aria-label={t.downvote}
              aria-pressed={post.myVote === -1}
              disabled={!active || mine || busy || post.status !== 'visible'}
              onClick={() => void vote(-1)}
            >
              ▼
            </button>
          </div>
          {active && !props.locked && post.status === 'visible' && (
            <button type="button" class="t-link" onClick={() => props.onReply(post)}>
              {t.reply}
            </button>
          )}
          {active && !mine && post.status === 'visible' && (
            <button
              type="button"
              class="t-link"
              aria-expanded={panel === 'flag'}
              onClick={() => setPanel(panel === 'flag' ? 'none' : 'flag')}
            >
              {t.flag}
            </button>
          )}
          {post.permissions?.canEdit && (
            <button type="button" class="t-link" onClick={() => setPanel('edit')}>
              {t.edit}
            </button>
          )}
          {post.permissions?.canDelete && (
            <button
              type="button"
              class="t-link"
              aria-expanded={panel === 'delete'}
              onClick={() => setPanel(panel === 'delete' ? 'none' : 'delete')}
            >
              {t.delete}
            </button>
          )}
        </div>
      )}
      {panel === 'flag' && (
        <FlagForm
          post={post}
          onDone={() => {
            setPanel('none');
            setNotice(t.flagDone);
          }}
          onCancel={() => setPanel('none')}
        />
      )}
      {panel === 'delete' && (
        <div class="t-confirm" role="group" aria-label={t.confirmDelete}>
          <span>{t.confirmDelete}</span>
          <button
            type="button"
            class="t-btn t-danger"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await api.request('DELETE', `/api/posts/${post.id}`);
                setPanel('none');
                props.onChange(
                  await api
                    .get<Post>(`/api/posts/${post.id}`)
                    .catch(() => ({ ...post, status: 'deleted' as const, html: null, body: null })),
                );
              })
            }
          >
            {t.confirm}
          </button>
          <button type="button" class="t-link" onClick={() => setPanel('none')}>
            {t.cancel}
          </button>
        </div>
      )}
      {notice && (
        <p class="t-notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p class="t-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}

function FlagForm({ post, onDone, onCancel }: { post: Post; onDone: () => void; onCancel: () => void }) {
  const { api, t } = useWidget();
  const [reason, setReason] = useState('spam');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId('flag-reason');
  const commentId = useId('flag-comment');
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await api.request('POST', `/api/posts/${post.id}/flags`, {
        reason,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <form class="t-form t-inline" aria-label={t.flagTitle} onSubmit={submit}>
      <div class="t-field">
        <label for={reasonId}>{t.flagReason}</label>
        <select id={reasonId} value={reason} onChange={(event) => setReason((event.target as HTMLSelectElement).value)}>
          {FLAG_REASONS.map((value) => (
            <option value={value} key={value}>
              {t.flagReasons[value]}
            </option>
          ))}
        </select>
      </div>
      <div class="t-field">
        <label for={commentId}>{t.flagComment}</label>
        <input
          id={commentId}
          maxLength={1000}
          value={comment}
          onInput={(event) => setComment((event.target as HTMLInputElement).value)}
        />
      </div>
      {error && (
        <p class="t-error" role="alert">
          {error}
        </p>
      )}
      <div class="t-actions">
        <button type="submit" class="t-btn">
          {t.flagSend}
        </button>
        <button type="button" class="t-link" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function EditForm({ post, onCancel, onSaved }: { post: Post; onCancel: () => void; onSaved: (post: Post) => void }) {
  const { api, t } = useWidget();
  const [body, setBody] = useState(post.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = useId('edit');
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      onSaved(await api.request<Post>('PATCH', `/api/posts/${post.id}`, { body }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <form class="t-form t-inline" onSubmit={submit}>
      <label for={id}>{t.yourMessage}</label>
      <textarea
        id={id}
        rows={4}
        maxLength={20000}
        required
        value={body}
        onInput={(event) => setBody((event.target as HTMLTextAreaElement).value)}
      />
      {error && (
        <p class="t-error" role="alert">
          {error}
        </p>
      )}
      <div class="t-actions">
        <button type="submit" class="t-btn">
          {t.save}
        </button>
        <button type="button" class="t-link" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
