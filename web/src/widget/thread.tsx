import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import type { ArticleThreadRef } from '../shared/api-schemas.js';
import { focusPost, useId, useUser, useWidget } from './context.js';
import { SHOW_POST_EVENT, type PostRef } from './links.js';
import { authorName, PostView, type Post } from './post.js';

/** The article's thread as the article answer carries it (generated from the OpenAPI document). */
export type ThreadInfo = ArticleThreadRef;

const PAGE_SIZE = 50;

/** Marks the first paint of a page of posts (read by the browser tests and the bench). */
function markFirstPaint() {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName('tribune:posts-painted').length > 0) return;
      performance.mark('tribune:posts-painted');
      const mount = performance.getEntriesByName('tribune:mount')[0];
      if (mount) performance.measure('tribune:first-render', 'tribune:mount', 'tribune:posts-painted');
    }, 0),
  );
}

export function ThreadView({ info }: { info: ThreadInfo }) {
  const { api, t, root } = useWidget();
  const user = useUser();
  const [posts, setPosts] = useState<Post[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [locked, setLocked] = useState(info.status === 'locked');
  const [fresh, setFresh] = useState<string[]>([]);
  const [replyTo, setReplyTo] = useState<Post | null>(null);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const known = useRef(new Set<string>());
  const titleId = useId('thread');

  const merge = (incoming: Post[]) => {
    setPosts((current) => {
      const byId = new Map(current.map((post) => [post.id, post]));
      for (const post of incoming) byId.set(post.id, post);
      for (const post of incoming) known.current.add(post.id);
      return [...byId.values()].sort((a, b) => a.number - b.number);
    });
  };

  const loadPage = async (pageCursor: string | null) => {
    setLoadError(null);
    try {
      const page = await api.ok(
        api.client.GET('/api/threads/{id}/posts', {
          params: { path: { id: info.id }, query: { limit: PAGE_SIZE, cursor: pageCursor ?? undefined } },
        }),
      );
      if (!pageCursor) performance.mark('tribune:posts-received');
      merge(page.items);
      setCursor(page.nextCursor);
      setLoaded(true);
    } catch (caught) {
      setLoadError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  // Reload when the user changes: bodies of one's own pending posts, myVote and permissions depend on who asks.
  useEffect(() => {
    known.current.clear();
    setPosts([]);
    setFresh([]);
    void loadPage(null);
  }, [info.id, user?.id]);

  useLayoutEffect(() => {
    if (loaded) markFirstPaint();
  }, [loaded]);

  // A link to a post of this thread (#tribune-post-N in the page address, a notification): fragment
  // navigation does not reach into the shadow root, so the widget scrolls and focuses it itself.
  useEffect(() => {
    if (!loaded) return;
    const match = /^#tribune-post-(\d+)$/.exec(window.location.hash);
    if (match) setTimeout(() => focusPost(root, Number(match[1])), 0);
  }, [loaded]);

  useEffect(() => {
    const onShow = (event: Event) => {
      const { id, number } = (event as CustomEvent<PostRef>).detail;
      if (focusPost(root, number)) return;
      api
        .get<Post>(`/api/posts/${id}`)
        .then((post) => {
          merge([post]);
          setTimeout(() => focusPost(root, number), 0);
        })
        .catch(() => undefined);
    };
    root.addEventListener(SHOW_POST_EVENT, onShow);
    return () => root.removeEventListener(SHOW_POST_EVENT, onShow);
  }, [root]);

  // Live: new posts from everybody, edits, moderation, lock and unlock. EventSource
  // reconnects by itself with Last-Event-ID; when it gives up (CLOSED), a new one is
  // opened with the last id seen, so the server replays what was missed (or says resync).
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let lastEventId = '';
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const resume = lastEventId ? `?lastEventId=${encodeURIComponent(lastEventId)}` : '';
      source = new EventSource(`${api.base}/api/threads/${info.id}/events${resume}`);
      listen(source);
    };
    const remember = (event: Event) => {
      const id = (event as MessageEvent<string>).lastEventId;
      if (id) lastEventId = id;
    };
    const parse = (event: Event): { id?: string } => {
      remember(event);
      try {
        return JSON.parse((event as MessageEvent<string>).data) as { id?: string };
      } catch {
        return {};
      }
    };
    const onCreated = (event: Event) => {
      const data = parse(event);
      if (!data.id || known.current.has(data.id)) return;
      setFresh((current) => (current.includes(data.id!) ? current : [...current, data.id!]));
    };
    const refreshOne = (event: Event) => {
      const data = parse(event);
      if (!data.id || !known.current.has(data.id)) return;
      api
        .get<Post>(`/api/posts/${data.id}`)
        .then((post) => merge([post]))
        .catch(() => undefined);
    };
    const listen = (events: EventSource) => {
      events.addEventListener('post.created', onCreated);
      events.addEventListener('post.updated', refreshOne);
      events.addEventListener('post.hidden', refreshOne);
      events.addEventListener('thread.locked', (event) => {
        remember(event);
        setLocked(true);
      });
      events.addEventListener('thread.unlocked', (event) => {
        remember(event);
        setLocked(false);
      });
      // Events may have been missed: reload the thread as it stands.
      events.addEventListener('resync', () => void reload());
      events.addEventListener('error', () => {
        if (events.readyState !== EventSource.CLOSED) return;
        clearTimeout(retry);
        retry = setTimeout(open, 3_000);
      });
    };
    const reload = async () => {
      try {
        const thread = await api.get<ThreadInfo>(`/api/threads/${info.id}`);
        setLocked(thread.status === 'locked');
      } catch {
        // The posts below are reloaded anyway.
      }
      known.current.clear();
      setPosts([]);
      setFresh([]);
      await loadPage(null);
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [info.id]);

  const showFresh = async () => {
    const ids = fresh.filter((id) => !known.current.has(id));
    setFresh([]);
    const loadedPosts = await Promise.all(ids.map((id) => api.get<Post>(`/api/posts/${id}`).catch(() => null)));
    merge(loadedPosts.filter((post): post is Post => post !== null));
    const first = loadedPosts.find((post) => post)?.number;
    if (first) setTimeout(() => focusPost(root, first), 0);
  };

  const startReply = (post: Post) => {
    setReplyTo(post);
    composerRef.current?.focus();
  };

  const visibleCount = posts.length;
  const pendingFresh = fresh.filter((id) => !known.current.has(id)).length;

  return (
    <section class="t-thread" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t.discussion} <span class="t-hint">({t.messages(Math.max(info.postCount, visibleCount))})</span>
      </h3>
      {pendingFresh > 0 && (
        <button type="button" class="t-fresh" onClick={() => void showFresh()} aria-live="polite">
          {t.newMessages(pendingFresh)}
        </button>
      )}
      {!loaded && !loadError && <p class="t-hint">{t.loading}</p>}
      {loadError && (
        <p class="t-error" role="alert">
          {loadError}{' '}
          <button type="button" class="t-link" onClick={() => void loadPage(cursor)}>
            {t.retry}
          </button>
        </p>
      )}
      {loaded && posts.length === 0 && <p class="t-hint">{t.noPosts}</p>}
      <div class="t-posts">
        {posts.map((post) => (
          <PostView key={post.id} post={post} locked={locked} onReply={startReply} onChange={(next) => merge([next])} />
        ))}
      </div>
      {cursor && (
        <button type="button" class="t-btn t-secondary t-more" onClick={() => void loadPage(cursor)}>
          {t.loadMore}
        </button>
      )}
      {locked ? (
        <p class="t-notice">{t.locked}</p>
      ) : user && user.status === 'active' ? (
        <Composer
          threadId={info.id}
          replyTo={replyTo}
          composerRef={composerRef}
          onCancelReply={() => setReplyTo(null)}
          onPosted={(post) => {
            setReplyTo(null);
            merge([post]);
          }}
        />
      ) : user ? (
        <p class="t-notice">{t.inactive}</p>
      ) : null}
    </section>
  );
}

function Composer(props: {
  threadId: string;
  replyTo: Post | null;
  composerRef: { current: HTMLTextAreaElement | null };
  onCancelReply: () => void;
  onPosted: (post: Post) => void;
}) {
  const { api, t } = useWidget();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const id = useId('composer');
  const hintId = `${id}-hint`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const post = await api.ok(
        api.client.POST('/api/threads/{id}/posts', {
          params: { path: { id: props.threadId } },
          body: { body, ...(props.replyTo ? { replyTo: props.replyTo.id } : {}) },
        }),
      );
      setBody('');
      if (post.status === 'pending') setNotice(t.pendingNotice);
      props.onPosted(post);
    } catch (caught) {
      setError(caught instanceof ApiError ? (caught.fieldMessage('body') ?? caught.message) : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="t-form t-composer" onSubmit={submit}>
      {props.replyTo && (
        <p class="t-replying">
          {t.replyingTo(props.replyTo.number, authorName(props.replyTo.author))}{' '}
          <button type="button" class="t-link" onClick={props.onCancelReply}>
            {t.cancelReply}
          </button>
        </p>
      )}
      <label for={id}>{t.yourMessage}</label>
      <textarea
        id={id}
        ref={props.composerRef}
        rows={4}
        maxLength={20000}
        required
        aria-describedby={hintId}
        value={body}
        onInput={(event) => setBody((event.target as HTMLTextAreaElement).value)}
      />
      <small id={hintId} class="t-hint">
        {t.markdownHint}
      </small>
      {error && (
        <p class="t-error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p class="t-notice" role="status">
          {notice}
        </p>
      )}
      <div class="t-actions">
        <button type="submit" class="t-btn" disabled={busy}>
          {busy ? t.publishing : t.publish}
        </button>
      </div>
    </form>
  );
}
