import { useEffect, useRef, useState } from 'preact/hooks';
import type { Api } from '../shared/api.js';
import { useId, useWidget, type WidgetContext } from './context.js';
import { formatWhen, showPost } from './links.js';

/** A notification as the list and the live stream give it (the stream says `type` where the list says `kind`). */
interface Item {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

const LIST_SIZE = 20;
/** Reconnection delays of the live stream, in ms (the last one repeats). */
const BACKOFF = [1_000, 2_000, 5_000, 10_000, 30_000];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

/** What a notification says, in words (never its kind or an enum value). */
export function describe(t: WidgetContext['t'], item: Item): string {
  const { data } = item;
  const number = num(data.number) ?? 0;
  const by = text(data.by) || t.someone;
  switch (item.kind) {
    case 'post.reply':
      return t.notifReply(by, number);
    case 'post.mention':
      return t.notifMention(by, number);
    case 'post.moderated':
      return t.notifModerated(text(data.action), number);
    case 'flag.outcome':
      return t.notifFlag(text(data.outcome), number);
    case 'error_report.resolved':
      return t.notifReport(text(data.articleTitle), text(data.status));
    case 'appeal.decided':
      return t.notifAppeal(text(data.outcome));
    default:
      return t.notifOther;
  }
}

/** Where a notification leads: the post in this thread, or the article page of another thread. */
async function resolveHref(api: Api, threadId: string, number: number | null): Promise<string | null> {
  try {
    const thread = await api.get<{ articleSlug: string }>(`/api/threads/${threadId}`);
    const article = await api.get<{ url?: string | null; slug: string }>(
      `/api/articles/${encodeURIComponent(thread.articleSlug)}`,
    );
    const page = article.url || `${api.base}/articles/${encodeURIComponent(article.slug)}`;
    return number ? `${page}#tribune-post-${number}` : page;
  } catch {
    return null;
  }
}

/** The live stream of my notifications: a ticket, then an EventSource; a new ticket after each failure. */
function useLiveNotifications(api: Api, onCreated: (item: Item) => void, onReconnected: () => void): void {
  const created = useRef(onCreated);
  const reconnected = useRef(onReconnected);
  created.current = onCreated;
  reconnected.current = onReconnected;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;
    const retry = () => {
      source?.close();
      source = null;
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => void open(), BACKOFF[Math.min(failures++, BACKOFF.length - 1)]);
    };
    const open = async () => {
      let ticket: string;
      try {
        ticket = (await api.ok(api.client.POST('/api/me/events/ticket', {}))).ticket;
      } catch {
        retry();
        return;
      }
      if (stopped) return;
      const events = new EventSource(`${api.base}/api/me/events?ticket=${encodeURIComponent(ticket)}`);
      source = events;
      events.addEventListener('open', () => {
        performance.mark('tribune:notifications-live');
        // Whatever was written while the stream was down is in the list.
        if (failures > 0) reconnected.current();
        failures = 0;
      });
      events.addEventListener('notification.created', (event) => {
        try {
          const data = JSON.parse((event as MessageEvent<string>).data) as {
            id: string;
            type: string;
            data?: Record<string, unknown>;
            createdAt?: string;
          };
          created.current({
            id: data.id,
            kind: data.type,
            data: data.data ?? {},
            readAt: null,
            createdAt: data.createdAt ?? new Date().toISOString(),
          });
        } catch {
          reconnected.current();
        }
      });
      events.addEventListener('resync', () => reconnected.current());
      // A ticket is single-use: an EventSource retrying by itself would be refused, so a new ticket is asked for.
      events.addEventListener('error', retry);
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [api]);
}

/** The bell of a signed-in reader: unread count, the list, mark as read, live. */
export function NotificationBell({ threadId }: { threadId: string | null }) {
  const ctx = useWidget();
  const { api, t, lang } = ctx;
  const [items, setItems] = useState<Item[]>([]);
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hrefs, setHrefs] = useState<Record<string, string>>({});
  /** Said to screen readers when a notification arrives live. */
  const [announce, setAnnounce] = useState('');
  const panelId = useId('bell');
  const buttonRef = useRef<HTMLButtonElement>(null);

  const load = async () => {
    try {
      const page = await api.ok(api.client.GET('/api/me/notifications', { params: { query: { limit: LIST_SIZE } } }));
      setItems(page.items as Item[]);
      setUnread(page.unreadCount);
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  useEffect(() => void load(), []);
  useLiveNotifications(
    api,
    (item) => {
      setItems((current) => (current.some((known) => known.id === item.id) ? current : [item, ...current]));
      setUnread((count) => count + 1);
      setAnnounce(`${t.newNotification} ${describe(t, item)}`);
    },
    () => void load(),
  );

  // Links to other threads need their article's address: resolved once the list is shown.
  useEffect(() => {
    if (!open) return;
    const wanted = new Map<string, number | null>();
    for (const item of items) {
      const thread = text(item.data.threadId);
      if (thread && thread !== threadId && !(item.id in hrefs)) wanted.set(item.id, num(item.data.number));
    }
    if (wanted.size === 0) return;
    void Promise.all(
      [...wanted].map(async ([id, number]) => {
        const item = items.find((candidate) => candidate.id === id)!;
        return [id, await resolveHref(api, text(item.data.threadId), number)] as const;
      }),
    ).then((resolved) =>
      setHrefs((current) => ({
        ...current,
        ...Object.fromEntries(resolved.filter((entry): entry is [string, string] => entry[1] !== null)),
      })),
    );
  }, [open, items]);

  const markRead = async (body: { ids: string[] } | { all: true }) => {
    try {
      const result = await api.ok(api.client.POST('/api/me/notifications/read', { body }));
      const now = new Date().toISOString();
      const ids = 'ids' in body ? new Set(body.ids) : null;
      setItems((current) =>
        current.map((item) => (!ids || ids.has(item.id) ? { ...item, readAt: item.readAt ?? now } : item)),
      );
      setUnread(result.unreadCount);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  const follow = (item: Item, event: MouseEvent) => {
    if (!item.readAt) void markRead({ ids: [item.id] });
    const number = num(item.data.number);
    if (text(item.data.threadId) === threadId && number) {
      event.preventDefault();
      setOpen(false);
      showPost(ctx.root, { id: text(item.data.postId), number });
    }
  };

  return (
    <div
      class="t-bell"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        type="button"
        class="t-btn t-secondary t-bell-button"
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <svg class="t-bell-icon" aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6v-5a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
          />
        </svg>{' '}
        {t.bellTitle}{' '}
        <span class={`t-count${unread > 0 ? ' t-unread' : ''}`} data-unread={unread}>
          {unread}
          <span class="t-sr"> {t.unread(unread)}</span>
        </span>
      </button>
      <p class="t-sr" role="status">
        {announce}
      </p>
      {open && (
        <div class="t-bell-panel" id={panelId} role="region" aria-label={t.bellTitle}>
          <div class="t-actions">
            <button type="button" class="t-link" disabled={unread === 0} onClick={() => void markRead({ all: true })}>
              {t.markAllRead}
            </button>
            <button
              type="button"
              class="t-link"
              onClick={() => {
                setOpen(false);
                buttonRef.current?.focus();
              }}
            >
              {t.close}
            </button>
          </div>
          {error && (
            <p class="t-error" role="alert">
              {error}
            </p>
          )}
          {items.length === 0 ? (
            <p class="t-hint">{t.noNotifications}</p>
          ) : (
            <ul class="t-notifications">
              {items.map((item) => {
                const number = num(item.data.number);
                const here = text(item.data.threadId) === threadId && number;
                const href = here ? `#tribune-post-${number}` : hrefs[item.id];
                const excerpt = text(item.data.excerpt);
                return (
                  <li key={item.id} class={item.readAt ? 't-read' : 't-new'}>
                    <p class="t-notif-text">
                      {!item.readAt && <span class="t-sr">{t.newNotification} </span>}
                      {describe(t, item)}
                    </p>
                    {excerpt && <p class="t-hint t-excerpt">{t.quoted(excerpt)}</p>}
                    <p class="t-notif-meta">
                      <time dateTime={item.createdAt}>{formatWhen(item.createdAt, lang)}</time>
                      {href && (
                        <a href={href} onClick={(event) => follow(item, event)}>
                          {t.seePost}
                        </a>
                      )}
                      {!item.readAt && (
                        <button type="button" class="t-link" onClick={() => void markRead({ ids: [item.id] })}>
                          {t.markRead}
                        </button>
                      )}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
