import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleThreadRef } from '../shared/api-schemas.js';
import { focusPost, POLL_UPDATED_EVENT, useId, useUser, useWidget } from './context.js';
import { Composer } from './composer.js';
import { SHOW_POST_EVENT, type PostRef } from './links.js';
import { PostView, type Post } from './post.js';

/** The article's thread as the article answer carries it (generated from the OpenAPI document). */
export type ThreadInfo = ArticleThreadRef;

type Sort = 'number' | 'newest';

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

/**
 * Replies one level deep, as Coral shows them: each post under the first post of
 * its chain that is on screen (a reply to a reply joins the same group); a post
 * whose parent is not loaded stands on its own with its "En réponse au n° …" link.
 */
export function groupReplies(posts: Post[]): { top: Post[]; replies: Map<string, Post[]> } {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const rootOf = (post: Post): Post => {
    let current = post;
    for (let depth = 0; depth < 1000 && current.replyTo && byId.has(current.replyTo.id); depth++) {
      current = byId.get(current.replyTo.id)!;
    }
    return current;
  };
  const top: Post[] = [];
  const replies = new Map<string, Post[]>();
  for (const post of posts) {
    const root = rootOf(post);
    if (root.id === post.id) top.push(post);
    else replies.set(root.id, [...(replies.get(root.id) ?? []), post]);
  }
  for (const list of replies.values()) list.sort((a, b) => a.number - b.number);
  return { top, replies };
}

/** The live thread: new posts behind a banner, edits, moderation, featuring, lock and unlock. */
function useThreadEvents(
  threadId: string,
  handlers: {
    created: (id: string) => void;
    changed: (id: string) => void;
    featured: (id: string) => void;
    scored: (id: string, score: number) => void;
    pollChanged: (pollId: string) => void;
    locked: (locked: boolean) => void;
    resync: () => void;
  },
) {
  const { api } = useWidget();
  const current = useRef(handlers);
  current.current = handlers;
  // EventSource reconnects by itself with Last-Event-ID; when it gives up (CLOSED), a new one is
  // opened with the last id seen, so the server replays what was missed (or says resync).
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let lastEventId = '';
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const dataOf = (event: Event): { id?: string; score?: number } => {
      const message = event as MessageEvent<string>;
      if (message.lastEventId) lastEventId = message.lastEventId;
      try {
        return JSON.parse(message.data) as { id?: string; score?: number };
      } catch {
        return {};
      }
    };
    const idOf = (event: Event): string | undefined => dataOf(event).id;
    const on = (events: EventSource, type: string, handle: (id: string) => void) =>
      events.addEventListener(type, (event) => {
        const id = idOf(event);
        if (id) handle(id);
      });
    const open = () => {
      const resume = lastEventId ? `?lastEventId=${encodeURIComponent(lastEventId)}` : '';
      const events = new EventSource(`${api.base}/api/threads/${threadId}/events${resume}`);
      source = events;
      on(events, 'post.created', (id) => current.current.created(id));
      on(events, 'post.updated', (id) => current.current.changed(id));
      on(events, 'post.hidden', (id) => current.current.changed(id));
      on(events, 'post.featured', (id) => current.current.featured(id));
      // Scores come in the event itself: ten thousand readers do not re-read a post per vote.
      events.addEventListener('post.voted', (event) => {
        const { id, score } = dataOf(event);
        if (id && typeof score === 'number') current.current.scored(id, score);
      });
      on(events, 'poll.updated', (id) => current.current.pollChanged(id));
      events.addEventListener('thread.locked', (event) => {
        idOf(event);
        current.current.locked(true);
      });
      events.addEventListener('thread.unlocked', (event) => {
        idOf(event);
        current.current.locked(false);
      });
      // Events may have been missed: reload the thread as it stands.
      events.addEventListener('resync', () => current.current.resync());
      events.addEventListener('error', () => {
        if (events.readyState !== EventSource.CLOSED) return;
        clearTimeout(retry);
        retry = setTimeout(open, 3_000);
      });
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [threadId]);
}

export function ThreadView({ info }: { info: ThreadInfo }) {
  const { api, t, root } = useWidget();
  const user = useUser();
  const [posts, setPosts] = useState<Post[]>([]);
  const [featured, setFeatured] = useState<Post[]>([]);
  const [sort, setSort] = useState<Sort>('number');
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [locked, setLocked] = useState(info.status === 'locked');
  const [count, setCount] = useState(info.postCount);
  const [fresh, setFresh] = useState<string[]>([]);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [replyTo, setReplyTo] = useState<Post | null>(null);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const known = useRef(new Set<string>());
  /** Posts already in the heading's count (a post is counted once, whether its event or its 201 comes first). */
  const counted = useRef(new Set<string>());
  const postsRef = useRef<Post[]>([]);
  postsRef.current = posts;
  const sortRef = useRef<Sort>(sort);
  sortRef.current = sort;
  const titleId = useId('thread');
  const sortName = useId('sort');

  const order = (list: Post[], by: Sort) =>
    list.sort((a, b) => (by === 'newest' ? b.number - a.number : a.number - b.number));

  const merge = (incoming: Post[]) => {
    for (const post of incoming) known.current.add(post.id);
    setPosts((current) => {
      const byId = new Map(current.map((post) => [post.id, post]));
      for (const post of incoming) byId.set(post.id, post);
      return order([...byId.values()], sortRef.current);
    });
    setFeatured((current) => current.map((post) => incoming.find((next) => next.id === post.id) ?? post));
  };
  const loadPage = async (pageCursor: string | null, by: Sort = sort) => {
    setLoadError(null);
    try {
      const page = await api.ok(
        api.client.GET('/api/threads/{id}/posts', {
          params: {
            path: { id: info.id },
            query: {
              limit: PAGE_SIZE,
              cursor: pageCursor ?? undefined,
              ...(by === 'newest' ? { sort: 'newest' } : {}),
            },
          },
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

  const loadFeatured = async () => {
    try {
      const page = await api.ok(api.client.GET('/api/threads/{id}/featured', { params: { path: { id: info.id } } }));
      setFeatured(page.items);
    } catch {
      // The thread below still shows every post; the featured ones come back with the next event.
    }
  };

  const restart = (by: Sort) => {
    known.current.clear();
    setPosts([]);
    setFresh([]);
    setCursor(null);
    setLoaded(false);
    void loadPage(null, by);
    void loadFeatured();
  };

  // Reload when the user changes: bodies of one's own pending posts, myVote and permissions depend on who asks.
  useEffect(() => restart(sortRef.current), [info.id, user?.id]);

  useLayoutEffect(() => {
    if (loaded) markFirstPaint();
  }, [loaded]);

  /** Unfolds the replies holding post n° `number`, then focuses it. */
  const reveal = (number: number, list: Post[] = postsRef.current) => {
    const { top, replies } = groupReplies(list);
    for (const head of top) {
      if ((replies.get(head.id) ?? []).some((reply) => reply.number === number)) {
        setExpanded((current) => new Set(current).add(head.id));
      }
    }
    setTimeout(() => focusPost(root, number), 0);
  };

  // A link to a post of this thread (#tribune-post-N in the page address, a notification): fragment
  // navigation does not reach into the shadow root, so the widget scrolls and focuses it itself.
  useEffect(() => {
    if (!loaded) return;
    const match = /^#tribune-post-(\d+)$/.exec(window.location.hash);
    if (!match) return;
    const number = Number(match[1]);
    if (postsRef.current.some((post) => post.number === number)) return reveal(number);
    // Not on the first page: that one post, by its number.
    api
      .ok(
        api.client.GET('/api/threads/{id}/posts', {
          params: { path: { id: info.id }, query: { after: number - 1, limit: 1 } },
        }),
      )
      .then((page) => {
        const [post] = page.items.filter((item) => item.number === number);
        if (!post) return;
        merge([post]);
        reveal(number, [...postsRef.current, post]);
      })
      .catch(() => undefined); // the thread is shown from its start
  }, [loaded]);

  useEffect(() => {
    const onShow = (event: Event) => {
      const { id, number } = (event as CustomEvent<PostRef>).detail;
      if (postsRef.current.some((post) => post.number === number)) return reveal(number);
      api
        .get<Post>(`/api/posts/${id}`)
        .then((post) => {
          merge([post]);
          reveal(number, [...postsRef.current, post]);
        })
        .catch(() => undefined);
    };
    root.addEventListener(SHOW_POST_EVENT, onShow);
    return () => root.removeEventListener(SHOW_POST_EVENT, onShow);
  }, [root]);

  const refreshOne = (id: string) => {
    if (!known.current.has(id)) return;
    api
      .get<Post>(`/api/posts/${id}`)
      .then((post) => merge([post]))
      .catch(() => undefined);
  };

  useThreadEvents(info.id, {
    created: (id) => {
      if (known.current.has(id)) return;
      // The banner and the heading's count change in the same render.
      if (!counted.current.has(id)) {
        counted.current.add(id);
        setCount((n) => n + 1);
      }
      setFresh((current) => (current.includes(id) ? current : [...current, id]));
    },
    changed: (id) => {
      refreshOne(id);
      api
        .get<ThreadInfo>(`/api/threads/${info.id}`)
        .then((thread) => setCount(thread.postCount))
        .catch(() => undefined);
    },
    featured: (id) => {
      refreshOne(id);
      void loadFeatured();
    },
    scored: (id, score) => {
      const rescore = (list: Post[]) => list.map((post) => (post.id === id ? { ...post, score } : post));
      setPosts(rescore);
      setFeatured(rescore);
    },
    // The polls sit beside the thread (app.tsx): they hear it through the widget's root.
    pollChanged: (pollId) => root.dispatchEvent(new CustomEvent(POLL_UPDATED_EVENT, { detail: pollId })),
    locked: setLocked,
    resync: () => {
      api
        .get<ThreadInfo>(`/api/threads/${info.id}`)
        .then((thread) => {
          setLocked(thread.status === 'locked');
          setCount(thread.postCount);
        })
        .catch(() => undefined); // the posts below are reloaded anyway
      restart(sortRef.current);
    },
  });

  const showFresh = async () => {
    const ids = fresh.filter((id) => !known.current.has(id));
    setFresh([]);
    const loadedPosts = (
      await Promise.all(ids.map((id) => api.get<Post>(`/api/posts/${id}`).catch(() => null)))
    ).filter((post): post is Post => post !== null);
    merge(loadedPosts);
    const first = loadedPosts.map((post) => post.number).sort((a, b) => a - b)[0];
    if (first) reveal(first, [...postsRef.current, ...loadedPosts]);
  };

  const startReply = (post: Post) => {
    setReplyTo(post);
    composerRef.current?.focus();
  };

  const changeSort = (by: Sort) => {
    if (by === sort) return;
    setSort(by);
    sortRef.current = by;
    restart(by);
  };

  const pendingFresh = fresh.filter((id) => !known.current.has(id)).length;
  const { top, replies } = groupReplies(posts);
  const featuredIds = new Set(featured.map((post) => post.id));
  const postProps = (post: Post) => ({
    post: featuredIds.has(post.id) ? { ...post, featured: true } : post,
    locked,
    onReply: startReply,
    onChange: (next: Post) => merge([next]),
  });

  return (
    <section class="t-thread" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t.discussion} <span class="t-hint">({t.messages(count)})</span>
      </h3>
      {featured.length > 0 && (
        <section class="t-featured" aria-labelledby={`${titleId}-featured`}>
          <h4 id={`${titleId}-featured`}>{t.featuredTitle}</h4>
          {featured.map((post) => (
            <PostView key={post.id} {...postProps(post)} anchor={`tribune-featured-${post.number}`} />
          ))}
        </section>
      )}
      <fieldset class="t-sort">
        <legend>{t.sortLabel}</legend>
        {(['number', 'newest'] as const).map((by) => (
          <label key={by}>
            <input type="radio" name={sortName} value={by} checked={sort === by} onChange={() => changeSort(by)} />
            {by === 'number' ? t.sortOldest : t.sortNewest}
          </label>
        ))}
      </fieldset>
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
        {top.map((post) => {
          const answers = replies.get(post.id) ?? [];
          const open = expanded.has(post.id);
          return (
            <div class="t-group" key={post.id}>
              <PostView {...postProps(post)} />
              {answers.length > 0 && (
                <div class="t-replies">
                  <button
                    type="button"
                    class="t-link t-fold"
                    aria-expanded={open}
                    onClick={() =>
                      setExpanded((current) => {
                        const next = new Set(current);
                        if (open) next.delete(post.id);
                        else next.add(post.id);
                        return next;
                      })
                    }
                  >
                    {open ? t.hideReplies : t.replies(answers.length)}
                  </button>
                  {open && answers.map((answer) => <PostView key={answer.id} {...postProps(answer)} />)}
                </div>
              )}
            </div>
          );
        })}
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
            if (post.status === 'visible' && !counted.current.has(post.id)) {
              counted.current.add(post.id);
              setCount((n) => n + 1);
            }
            merge([post]);
            reveal(post.number, [...postsRef.current, post]);
          }}
        />
      ) : user ? (
        <p class="t-notice">{t.inactive}</p>
      ) : null}
    </section>
  );
}
