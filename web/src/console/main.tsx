import '../shared/console.css';
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, query, type Page } from '../shared/api.js';
import { api, errorText, L, lang, StaffShell } from '../shared/staff.js';

type Kind = 'flagged' | 'pending' | 'error_report';

interface Reasons {
  flags?: Record<string, number>;
  watchedWords?: string[];
  newAccount?: boolean;
  autoHidden?: boolean;
  errorReport?: boolean;
}

interface PostSubject {
  type: 'post';
  post: {
    id: string;
    number: number;
    body: string;
    html: string;
    status: string;
    flagCount: number;
    createdAt: string;
  } | null;
  author: {
    id: string;
    username: string | null;
    createdAt: string;
    postCount: number;
    previousModeration: number;
  } | null;
  thread: { id: string; status: string } | null;
  article: { slug: string; title: string } | null;
  flags: Array<{
    reason: string;
    comment: string | null;
    outcome: string;
    createdAt: string;
    by: { username: string | null } | null;
  }>;
}

interface ReportSubject {
  type: 'error_report';
  report: {
    id: string;
    quote: string;
    suggestion: string | null;
    comment: string | null;
    status: string;
    createdAt: string;
  } | null;
  article: { slug: string; title: string } | null;
}

interface QueueItem {
  id: string;
  kind: Kind;
  status: 'open' | 'resolved';
  createdAt: string;
  reasons: Reasons;
  subject: PostSubject | ReportSubject;
  claimedBy: { id: string; username: string | null } | null;
}

const TABS: Array<{ kind: Kind; label: string }> = [
  { kind: 'flagged', label: L('Signalés', 'Flagged') },
  { kind: 'pending', label: L('En attente', 'Pending') },
  { kind: 'error_report', label: L('Erreurs signalées', 'Error reports') },
];

const FLAG_LABELS: Record<string, string> = {
  spam: L('spam', 'spam'),
  abuse: L('injures', 'abuse'),
  off_topic: L('hors sujet', 'off topic'),
  illegal: L('illicite', 'illegal'),
  other: L('autre', 'other'),
};

function reasonList(reasons: Reasons): string[] {
  const list: string[] = [];
  for (const [reason, count] of Object.entries(reasons.flags ?? {}))
    list.push(`${FLAG_LABELS[reason] ?? reason} × ${count}`);
  if (reasons.watchedWords?.length)
    list.push(`${L('mot surveillé', 'watched word')} : ${reasons.watchedWords.join(', ')}`);
  if (reasons.newAccount) list.push(L('nouveau compte', 'new account'));
  if (reasons.autoHidden) list.push(L('masqué automatiquement', 'auto-hidden'));
  if (reasons.errorReport) list.push(L('erreur signalée', 'error report'));
  return list;
}

function itemTitle(item: QueueItem): string {
  if (item.subject.type === 'post') {
    const post = item.subject.post;
    const who = item.subject.author?.username ?? L('compte supprimé', 'deleted account');
    return `${post ? `n° ${post.number}` : '—'} · ${who} · ${item.subject.article?.title ?? ''}`;
  }
  return `« ${item.subject.report?.quote.slice(0, 60) ?? ''} » · ${item.subject.article?.title ?? ''}`;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);

function QueueView() {
  const [kind, setKind] = useState<Kind>('flagged');
  const [items, setItems] = useState<QueueItem[]>([]);
  const [counts, setCounts] = useState<Record<Kind, number>>({ flagged: 0, pending: 0, error_report: 0 });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [loaded, setLoaded] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);

  const load = useCallback(async () => {
    try {
      const pages = await Promise.all(
        TABS.map((tab) =>
          api.get<Page<QueueItem>>(`/api/moderation/queue${query({ kind: tab.kind, status: 'open', limit: 100 })}`),
        ),
      );
      const next = { flagged: 0, pending: 0, error_report: 0 } as Record<Kind, number>;
      TABS.forEach((tab, index) => (next[tab.kind] = pages[index].items.length));
      setCounts(next);
      const current = pages[TABS.findIndex((tab) => tab.kind === kind)].items;
      setItems(current);
      setSelectedId((selected) =>
        selected && current.some((item) => item.id === selected) ? selected : (current[0]?.id ?? null),
      );
      setLoaded(true);
    } catch (caught) {
      setError(errorText(caught));
    }
  }, [kind]);

  useEffect(() => {
    void load();
    // Live refresh: other moderators act on the same queue.
    const timer = setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
  }, [load]);

  const selectedIndex = items.findIndex((item) => item.id === selectedId);
  const selected = selectedIndex >= 0 ? items[selectedIndex] : null;

  const perform = async (label: string, action: () => Promise<unknown>) => {
    setError(null);
    setNotice(null);
    try {
      await action();
      setNotice(label);
      setReason('');
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const actions = selected ? itemActions(selected, reason, perform) : null;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        const next = Math.max(0, Math.min(items.length - 1, selectedIndex + (event.key === 'j' ? 1 : -1)));
        if (items[next]) {
          setSelectedId(items[next].id);
          listRef.current?.querySelectorAll<HTMLButtonElement>('button.item')[next]?.focus();
        }
      } else if (event.key === 'a' && actions?.approve) {
        event.preventDefault();
        void actions.approve();
      } else if (event.key === 'r' && actions?.reject) {
        event.preventDefault();
        void actions.reject();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [items, selectedIndex, actions]);

  return (
    <>
      <div role="tablist" aria-label={L('Files de modération', 'Moderation queues')}>
        {TABS.map((tab) => (
          <button
            type="button"
            role="tab"
            id={`tab-${tab.kind}`}
            aria-selected={tab.kind === kind}
            aria-controls="queue-panel"
            key={tab.kind}
            onClick={() => {
              setKind(tab.kind);
              setSelectedId(null);
            }}
          >
            {tab.label}
            <span class="count" aria-label={`${counts[tab.kind]} ${L('éléments', 'items')}`}>
              {counts[tab.kind]}
            </span>
          </button>
        ))}
      </div>
      <p class="muted">
        {L('Raccourcis', 'Shortcuts')} : <kbd>j</kbd>/<kbd>k</kbd> {L('suivant / précédent', 'next / previous')},{' '}
        <kbd>a</kbd> {L('approuver', 'approve')}, <kbd>r</kbd> {L('rejeter ou masquer', 'reject or hide')}
      </p>
      <div aria-live="polite">
        {notice && <p class="notice">{notice}</p>}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div class="layout" id="queue-panel" role="tabpanel" aria-labelledby={`tab-${kind}`}>
        <div>
          {loaded && items.length === 0 && (
            <p>{L('Rien à traiter dans cette file.', 'Nothing to handle in this queue.')}</p>
          )}
          <ul class="queue" ref={listRef} aria-label={L('Éléments à traiter', 'Items to handle')}>
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  class="item"
                  aria-current={item.id === selectedId ? 'true' : undefined}
                  onClick={() => setSelectedId(item.id)}
                >
                  <strong>{itemTitle(item)}</strong>
                  <br />
                  <small class="muted">
                    {formatDate(item.createdAt, lang)} · {reasonList(item.reasons).join(' · ')}
                    {item.claimedBy && ` · ${L('pris par', 'claimed by')} ${item.claimedBy.username}`}
                  </small>
                </button>
              </li>
            ))}
          </ul>
        </div>
        {selected && actions && (
          <ItemPanel item={selected} reason={reason} setReason={setReason} actions={actions} perform={perform} />
        )}
      </div>
    </>
  );
}

interface Actions {
  approve?: () => Promise<void>;
  reject?: () => Promise<void>;
  buttons: Array<{ label: string; run: () => Promise<void>; danger?: boolean; key?: string }>;
}

function itemActions(
  item: QueueItem,
  reason: string,
  perform: (label: string, action: () => Promise<unknown>) => Promise<void>,
): Actions {
  const buttons: Actions['buttons'] = [];
  const result: Actions = { buttons };
  const motive = reason.trim() || L('Contraire à la charte de la discussion', 'Against the discussion rules');
  if (item.subject.type === 'post' && item.subject.post) {
    const post = item.subject.post;
    const approve = () =>
      perform(L('Message approuvé.', 'Post approved.'), () =>
        api.request('POST', `/api/moderation/posts/${post.id}/approve`, {}),
      );
    result.approve = approve;
    buttons.push({ label: L('Approuver', 'Approve'), run: approve, key: 'a' });
    if (item.kind === 'pending') {
      const reject = () =>
        perform(L('Message rejeté.', 'Post rejected.'), () =>
          api.request(
            'POST',
            `/api/moderation/posts/${post.id}/reject`,
            reason.trim() ? { reason: reason.trim() } : {},
          ),
        );
      result.reject = reject;
      buttons.push({ label: L('Rejeter', 'Reject'), run: reject, danger: true, key: 'r' });
    }
    const hide = () =>
      perform(L('Message masqué.', 'Post hidden.'), () =>
        api.request('POST', `/api/moderation/posts/${post.id}/hide`, { reason: motive }),
      );
    if (item.kind !== 'pending') result.reject = hide;
    if (post.status !== 'hidden')
      buttons.push({
        label: L('Masquer', 'Hide'),
        run: hide,
        danger: true,
        key: item.kind !== 'pending' ? 'r' : undefined,
      });
    if (post.status === 'hidden')
      buttons.push({
        label: L('Rétablir', 'Restore'),
        run: () =>
          perform(L('Message rétabli.', 'Post restored.'), () =>
            api.request('POST', `/api/moderation/posts/${post.id}/restore`, { reason: motive }),
          ),
      });
  } else if (item.subject.type === 'error_report' && item.subject.report) {
    const report = item.subject.report;
    const patch = (status: string, label: string) => () =>
      perform(label, () =>
        api.request('PATCH', `/api/error-reports/${report.id}`, {
          status,
          ...(reason.trim() ? { note: reason.trim() } : {}),
        }),
      );
    result.approve = patch('accepted', L('Signalement accepté.', 'Report accepted.'));
    result.reject = patch('rejected', L('Signalement rejeté.', 'Report rejected.'));
    buttons.push({ label: L('Accepter', 'Accept'), run: result.approve, key: 'a' });
    buttons.push({
      label: L('Corrigé', 'Fixed'),
      run: patch('fixed', L('Signalement marqué corrigé.', 'Report marked fixed.')),
    });
    buttons.push({
      label: L('Doublon', 'Duplicate'),
      run: patch('duplicate', L('Signalement marqué doublon.', 'Report marked duplicate.')),
    });
    buttons.push({ label: L('Rejeter', 'Reject'), run: result.reject, danger: true, key: 'r' });
  }
  return result;
}

function ItemPanel(props: {
  item: QueueItem;
  reason: string;
  setReason: (value: string) => void;
  actions: Actions;
  perform: (label: string, action: () => Promise<unknown>) => Promise<void>;
}) {
  const { item, actions, perform } = props;
  const [days, setDays] = useState('7');
  const claimedByOther = item.claimedBy && item.claimedBy.id !== api.user?.id;
  return (
    <section class="panel" aria-labelledby="item-title">
      <h2 id="item-title">{itemTitle(item)}</h2>
      <ul class="reasons" aria-label={L('Motifs', 'Reasons')}>
        {reasonList(item.reasons).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {item.subject.article && (
        <p>
          {L('Article', 'Article')} :{' '}
          <a href={`/articles/${encodeURIComponent(item.subject.article.slug)}`} target="_blank" rel="noopener">
            {item.subject.article.title}
          </a>
        </p>
      )}
      {item.subject.type === 'post' && item.subject.post && (
        <>
          <p class="muted">
            {L('Statut du message', 'Post status')} : <strong>{item.subject.post.status}</strong> ·{' '}
            {formatDate(item.subject.post.createdAt, lang)}
          </p>
          {/* Sanitized by the server. */}
          <div class="post-body" dangerouslySetInnerHTML={{ __html: item.subject.post.html }} />
          {item.subject.author && (
            <p class="muted">
              {L('Auteur', 'Author')} : <strong>{item.subject.author.username ?? '—'}</strong> ·{' '}
              {L('inscrit le', 'joined')} {formatDate(item.subject.author.createdAt, lang)} ·{' '}
              {item.subject.author.postCount} {L('messages', 'posts')} · {item.subject.author.previousModeration}{' '}
              {L('modération(s) antérieure(s)', 'earlier moderation(s)')}
            </p>
          )}
          {item.subject.flags.length > 0 && (
            <>
              <h3>{L('Signalements', 'Flags')}</h3>
              <ul>
                {item.subject.flags.map((flag, index) => (
                  <li key={index}>
                    {FLAG_LABELS[flag.reason] ?? flag.reason} — {flag.by?.username ?? '—'}
                    {flag.comment && ` : « ${flag.comment} »`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {item.subject.type === 'error_report' && item.subject.report && (
        <dl>
          <dt>{L('Passage cité', 'Quoted passage')}</dt>
          <dd>« {item.subject.report.quote} »</dd>
          {item.subject.report.suggestion && (
            <>
              <dt>{L('Correction proposée', 'Suggested correction')}</dt>
              <dd>{item.subject.report.suggestion}</dd>
            </>
          )}
          {item.subject.report.comment && (
            <>
              <dt>{L('Commentaire', 'Comment')}</dt>
              <dd>{item.subject.report.comment}</dd>
            </>
          )}
        </dl>
      )}
      <div class="field">
        <label for="action-reason">{L('Motif (consigné au journal)', 'Reason (written to the log)')}</label>
        <input
          id="action-reason"
          value={props.reason}
          maxLength={500}
          onInput={(e) => props.setReason((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions">
        {actions.buttons.map((button) => (
          <button
            type="button"
            key={button.label}
            class={button.danger ? 'btn danger' : 'btn'}
            aria-keyshortcuts={button.key}
            onClick={() => void button.run()}
          >
            {button.label}
            {button.key && <kbd aria-hidden="true">{button.key}</kbd>}
          </button>
        ))}
        {item.claimedBy?.id === api.user?.id ? (
          <button
            type="button"
            class="btn secondary"
            onClick={() =>
              void perform(L('Élément libéré.', 'Item released.'), () =>
                api.request('DELETE', `/api/moderation/queue/${item.id}/claim`),
              )
            }
          >
            {L('Libérer', 'Release')}
          </button>
        ) : (
          <button
            type="button"
            class="btn secondary"
            disabled={!!claimedByOther}
            onClick={() =>
              void perform(L('Élément pris en charge.', 'Item claimed.'), () =>
                api.request('POST', `/api/moderation/queue/${item.id}/claim`, {}),
              )
            }
          >
            {L('Prendre en charge', 'Claim')}
          </button>
        )}
      </div>
      {item.subject.type === 'post' && item.subject.author?.id && (
        <div class="row">
          <div class="field">
            <label for="suspend-days">{L('Durée de suspension', 'Suspension length')}</label>
            <select id="suspend-days" value={days} onChange={(e) => setDays((e.target as HTMLSelectElement).value)}>
              <option value="1">{L('1 jour', '1 day')}</option>
              <option value="7">{L('7 jours', '7 days')}</option>
              <option value="30">{L('30 jours', '30 days')}</option>
            </select>
          </div>
          <button
            type="button"
            class="btn danger"
            onClick={() => {
              const authorId = (item.subject as PostSubject).author!.id;
              const until = new Date(Date.now() + Number(days) * 86_400_000).toISOString();
              void perform(L('Auteur suspendu.', 'Author suspended.'), () =>
                api.request('POST', `/api/moderation/users/${authorId}/suspend`, {
                  until,
                  reason: props.reason.trim() || L('Manquements répétés à la charte', 'Repeated breaches of the rules'),
                }),
              );
            }}
          >
            {L('Suspendre l’auteur', 'Suspend the author')}
          </button>
        </div>
      )}
    </section>
  );
}

interface AuditEntry {
  id: string;
  actor: { id: string; username: string | null } | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

function LogView() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [action, setAction] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = async (pageCursor: string | null) => {
    try {
      const page = await api.get<Page<AuditEntry>>(
        `/api/moderation/log${query({ cursor: pageCursor, action: action.trim(), limit: 50 })}`,
      );
      setEntries(pageCursor ? [...entries, ...page.items] : page.items);
      setCursor(page.nextCursor);
      setError(null);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => void load(null), []);
  const diff = (value: Record<string, unknown> | null) => (value ? JSON.stringify(value) : '—');
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{L('Journal des actions', 'Audit log')}</h2>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void load(null);
        }}
      >
        <div class="field">
          <label for="log-action">{L('Action (ex. post.hide)', 'Action (e.g. post.hide)')}</label>
          <input id="log-action" value={action} onInput={(e) => setAction((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="btn">
          {L('Filtrer', 'Filter')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <table>
        <caption class="visually-hidden">
          {L('Actions de l’équipe, des plus récentes aux plus anciennes', 'Staff actions, newest first')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{L('Quand', 'When')}</th>
            <th scope="col">{L('Qui', 'Who')}</th>
            <th scope="col">{L('Action', 'Action')}</th>
            <th scope="col">{L('Cible', 'Target')}</th>
            <th scope="col">{L('Motif', 'Reason')}</th>
            <th scope="col">{L('Avant → après', 'Before → after')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDate(entry.createdAt, lang)}</td>
              <td>
                {entry.actor?.username ?? L('système', 'system')}{' '}
                {entry.actorRole && <span class="muted">({entry.actorRole})</span>}
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.targetType} <span class="muted">{entry.targetId.slice(0, 8)}</span>
              </td>
              <td>{entry.reason ?? '—'}</td>
              <td>
                <pre class="diff">
                  {diff(entry.before)} → {diff(entry.after)}
                </pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {cursor && (
        <button type="button" class="btn secondary" onClick={() => void load(cursor)}>
          {L('Plus anciennes', 'Older')}
        </button>
      )}
    </section>
  );
}

interface WatchedWord {
  id: string;
  pattern: string;
  action: 'block' | 'require_approval' | 'flag';
  createdBy: { username: string | null } | null;
  createdAt: string;
}

const WORD_ACTIONS: Record<string, string> = {
  block: L('refuser le message', 'block the post'),
  require_approval: L('soumettre à validation', 'require approval'),
  flag: L('publier et signaler', 'publish and flag'),
};

function WordsView() {
  const [words, setWords] = useState<WatchedWord[]>([]);
  const [pattern, setPattern] = useState('');
  const [action, setAction] = useState('require_approval');
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      const result = await api.get<Page<WatchedWord> | WatchedWord[]>('/api/moderation/watched-words?limit=100');
      setWords(Array.isArray(result) ? result : result.items);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => void load(), []);
  const add = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await api.request('POST', '/api/moderation/watched-words', { pattern: pattern.trim(), action });
      setPattern('');
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="words-title">
      <h2 id="words-title">{L('Mots surveillés', 'Watched words')}</h2>
      <form class="row" onSubmit={add}>
        <div class="field">
          <label for="word-pattern">
            {L('Mot ou expression (* en début ou fin)', 'Word or phrase (* at start or end)')}
          </label>
          <input
            id="word-pattern"
            required
            maxLength={100}
            value={pattern}
            onInput={(e) => setPattern((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="word-action">{L('Effet', 'Effect')}</label>
          <select id="word-action" value={action} onChange={(e) => setAction((e.target as HTMLSelectElement).value)}>
            {Object.entries(WORD_ACTIONS).map(([value, label]) => (
              <option value={value} key={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn">
          {L('Ajouter', 'Add')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{L('Motif', 'Pattern')}</th>
            <th scope="col">{L('Effet', 'Effect')}</th>
            <th scope="col">{L('Ajouté par', 'Added by')}</th>
            <th scope="col">
              <span class="visually-hidden">{L('Actions', 'Actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {words.map((word) => (
            <tr key={word.id}>
              <td>
                <code>{word.pattern}</code>
              </td>
              <td>{WORD_ACTIONS[word.action] ?? word.action}</td>
              <td>
                {word.createdBy?.username ?? '—'} · {formatDate(word.createdAt, lang)}
              </td>
              <td>
                <button
                  type="button"
                  class="btn secondary"
                  aria-label={`${L('Supprimer', 'Delete')} ${word.pattern}`}
                  onClick={() =>
                    void api
                      .request('DELETE', `/api/moderation/watched-words/${word.id}`)
                      .then(load)
                      .catch((caught: unknown) => setError(errorText(caught)))
                  }
                >
                  {L('Supprimer', 'Delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const VIEWS = {
  queue: L('File de modération', 'Queue'),
  log: L('Journal', 'Audit log'),
  words: L('Mots surveillés', 'Watched words'),
};
type View = keyof typeof VIEWS;

function Console() {
  const fromHash = (): View => {
    const hash = window.location.hash.slice(1);
    return hash in VIEWS ? (hash as View) : 'queue';
  };
  const [view, setView] = useState<View>(fromHash());
  useEffect(() => {
    const onHash = () => setView(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main class="console" id="main">
      <nav aria-label={L('Sections de la modération', 'Moderation sections')} class="row">
        {(Object.keys(VIEWS) as View[]).map((key) => (
          <a href={`#${key}`} key={key} aria-current={key === view ? 'page' : undefined}>
            {VIEWS[key]}
          </a>
        ))}
      </nav>
      {view === 'queue' && <QueueView />}
      {view === 'log' && <LogView />}
      {view === 'words' && <WordsView />}
    </main>
  );
}

render(
  <StaffShell title={L('Modération', 'Moderation')} current="moderation" roles={['moderator', 'admin']}>
    {() => <Console />}
  </StaffShell>,
  document.getElementById('app')!,
);
