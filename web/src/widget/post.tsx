import { useEffect, useRef, useState } from 'preact/hooks';
import type { Post, PostAuthor } from '../shared/api-schemas.js';
import { BodyField, bodyProblem } from './composer.js';
import { postAnchor, useId, useUser, useWidget } from './context.js';
import { DsaNoticeForm } from './dsa-notice.js';
import { formatWhen, showPost, withAbsoluteMentions } from './links.js';

// The server's shapes, generated from its OpenAPI document (npm run openapi).
export type { Post, PostAuthor } from '../shared/api-schemas.js';

const FLAG_REASONS = ['spam', 'abuse', 'off_topic', 'illegal', 'other'];

export const authorName = (author: PostAuthor | null | undefined): string =>
  author?.displayName || author?.username || '—';

type Panel = 'none' | 'flag' | 'edit' | 'delete' | 'dsa';

/** Who wrote it: display name, @username, and the newsroom's badge. */
function Byline({ post }: { post: Post }) {
  const { t } = useWidget();
  const badge = post.author?.badge ? t.badges[post.author.badge] : null;
  return (
    <>
      <strong class="t-author">{authorName(post.author)}</strong>
      {post.author?.username && <span class="t-username">@{post.author.username}</span>}
      {badge && <span class="t-role">{badge}</span>}
      {post.featured && <span class="t-featured-badge">{t.featuredBadge}</span>}
    </>
  );
}

/** ▲ score ▼: visible words as the buttons' names, the score as plain text. */
function Votes(props: { post: Post; disabled: boolean; onVote: (value: 1 | -1) => void }) {
  const { t } = useWidget();
  const { post } = props;
  return (
    <div class="t-vote" role="group" aria-label={t.score}>
      <button
        type="button"
        class="t-icon"
        aria-pressed={post.myVote === 1}
        disabled={props.disabled}
        onClick={() => props.onVote(1)}
      >
        <span aria-hidden="true">▲</span> {t.voteUp}
      </button>
      <span class="t-sr">{t.score}</span>
      <span class="t-score">{post.score}</span>
      <button
        type="button"
        class="t-icon"
        aria-pressed={post.myVote === -1}
        disabled={props.disabled}
        onClick={() => props.onVote(-1)}
      >
        <span aria-hidden="true">▼</span> {t.voteDown}
      </button>
    </div>
  );
}

export function PostView(props: {
  post: Post;
  locked: boolean;
  onReply: (post: Post) => void;
  onChange: (post: Post) => void;
  /** The element's id; the thread's own copy is `tribune-post-N`, a featured copy another one. */
  anchor?: string;
}) {
  const { api, t, lang, root } = useWidget();
  const user = useUser();
  const { post } = props;
  const [panel, setPanel] = useState<Panel>('none');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId('post-head');
  const editButton = useRef<HTMLButtonElement>(null);
  const mine = !!user && !!post.author?.username && user.username?.toLowerCase() === post.author.username.toLowerCase();
  const readable = post.html !== null && post.html !== undefined;
  const active = !!user && user.status === 'active';
  const toggle = (next: Panel) => setPanel(panel === next ? 'none' : next);

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

  const goTo = (event: MouseEvent, target: { id: string; number: number }) => {
    event.preventDefault();
    history.replaceState(history.state, '', `#${postAnchor(target.number)}`);
    showPost(root, target);
  };

  return (
    <article
      class={`t-post t-${post.status}`}
      id={props.anchor ?? postAnchor(post.number)}
      aria-labelledby={headingId}
      data-post-number={post.number}
      tabIndex={-1}
    >
      <header class="t-post-head" id={headingId}>
        <Byline post={post} />
        <a class="t-number" href={`#${postAnchor(post.number)}`} onClick={(event) => goTo(event, post)}>
          {t.postNumber(post.number)}
        </a>
        <time dateTime={post.createdAt}>{formatWhen(post.createdAt, lang)}</time>
        {post.editedAt && <span class="t-hint">({t.edited})</span>}
        {post.status === 'pending' && readable && <span class="t-badge">{t.pendingBadge}</span>}
      </header>
      {post.replyTo && (
        <p class="t-replyto">
          <a href={`#${postAnchor(post.replyTo.number)}`} onClick={(event) => goTo(event, post.replyTo!)}>
            {t.inReplyTo(post.replyTo.number, authorName(post.replyTo.author))}
          </a>
        </p>
      )}
      {panel === 'edit' ? (
        <EditForm
          post={post}
          onCancel={() => {
            setPanel('none');
            setTimeout(() => editButton.current?.focus(), 0);
          }}
          onSaved={(next) => {
            props.onChange(next);
            setPanel('none');
            setTimeout(() => editButton.current?.focus(), 0);
          }}
        />
      ) : readable ? (
        // Sanitized on the server from the author's Markdown.
        <div class="t-body" dangerouslySetInnerHTML={{ __html: withAbsoluteMentions(post.html ?? '', api.base) }} />
      ) : (
        <p class="t-placeholder">{t.placeholder[post.status] || ''}</p>
      )}
      {readable && panel !== 'edit' && (
        <div class="t-post-actions">
          <Votes
            post={post}
            disabled={!active || mine || busy || post.status !== 'visible'}
            onVote={(v) => void vote(v)}
          />
          {active && !props.locked && post.status === 'visible' && (
            <button type="button" class="t-link" onClick={() => props.onReply(post)}>
              {t.reply}
            </button>
          )}
          {active && !mine && post.status === 'visible' && (
            <button type="button" class="t-link" aria-expanded={panel === 'flag'} onClick={() => toggle('flag')}>
              {t.flag}
            </button>
          )}
          {!mine && post.status === 'visible' && (
            <button type="button" class="t-link" aria-expanded={panel === 'dsa'} onClick={() => toggle('dsa')}>
              {t.dsaOpen}
            </button>
          )}
          {post.permissions?.canEdit && (
            <button type="button" class="t-link" ref={editButton} onClick={() => setPanel('edit')}>
              {t.edit}
            </button>
          )}
          {post.permissions?.canDelete && (
            <button type="button" class="t-link" aria-expanded={panel === 'delete'} onClick={() => toggle('delete')}>
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
      {panel === 'dsa' && (
        <DsaNoticeForm
          post={post}
          onDone={() => {
            setPanel('none');
            setNotice(t.dsaDone);
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

/** Editing in place: the focus goes into the text area, and back to "Modifier" afterwards. */
function EditForm({ post, onCancel, onSaved }: { post: Post; onCancel: () => void; onSaved: (post: Post) => void }) {
  const { api, t } = useWidget();
  const [body, setBody] = useState(post.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId('edit');
  useEffect(() => field.current?.focus(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = bodyProblem(t, body);
    setError(problem);
    if (problem) return;
    try {
      onSaved(await api.request<Post>('PATCH', `/api/posts/${post.id}`, { body }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <form class="t-form t-inline" aria-label={t.edit} onSubmit={submit} noValidate>
      <BodyField
        id={id}
        label={t.yourMessage}
        value={body}
        onInput={setBody}
        invalid={!!error}
        errorId={`${id}-error`}
        fieldRef={field}
      />
      {error && (
        <p class="t-error" role="alert" id={`${id}-error`}>
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
