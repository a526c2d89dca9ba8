import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, query, type Page } from '../shared/api.js';
import { api, errorText, L, lang } from '../shared/staff.js';
import { isOwnDecision, itemActions, type ItemAction, type Outcome } from './actions.js';
import { ItemPanel } from './item-panel.js';
import { isTyping, itemTitle, KIND_LABELS, reasonList, RESOLUTIONS, ROLE_LABELS, USER_STATUS } from './labels.js';
import { useQueueEvents } from './live.js';
import { UserDrawer } from './user-drawer.js';
import type { Counts, Kind, QueueItem } from './types.js';

const KINDS: Kind[] = ['flagged', 'pending', 'error_report', 'dsa_notice', 'appeal'];
const UNDO_SECONDS = 10;
/** Open items come oldest first, this many at a time ("Voir plus" follows the cursor). */
const OPEN_PAGE = 100;
/** Handled items come newest first, this many at a time ("Voir plus" follows the cursor). */
const RESOLVED_PAGE = 50;
const nbsp = '\u00a0';

/** `/articles/<slug>` (a pasted address) or the slug itself. */
export function slugOf(text: string): string {
  const value = text.trim();
  const match = /\/articles\/([^/?#]+)/.exec(value);
  return match ? decodeURIComponent(match[1]) : value;
}

interface Toast {
  id: number;
  message: string;
  undo?: () => Promise<unknown>;
}

/** The appeals the signed-in moderator may decide (not those of their own decisions). */
const decidable = (items: QueueItem[]): QueueItem[] => items.filter((item) => !isOwnDecision(item));

export function QueueView() {
  const [kind, setKind] = useState<Kind>('flagged');
  const [status, setStatus] = useState<'open' | 'resolved'>('open');
  const [article, setArticle] = useState('');
  const [articleInput, setArticleInput] = useState('');
  const [items, setItems] = useState<QueueItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [counts, setCounts] = useState<Counts>({
    flagged: 0,
    pending: 0,
    error_report: 0,
    dsa_notice: 0,
    appeal: 0,
    ownAppeals: 0,
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [toast, setToast] = useState<Toast | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [confirming, setConfirming] = useState<ItemAction | null>(null);
  const [drawerUser, setDrawerUser] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const sequence = useRef(0);
  /** How many items the list shows now (a reload reads at least as many when it keeps the depth). */
  const shownCount = useRef(0);
  shownCount.current = items.length;
  /**
   * How deep the moderator asked to read: raised by "Voir plus" when clicked, before its page
   * arrives. A reload that starts meanwhile discards that page, so it must read this far itself.
   */
  const askedDepth = useRef(0);
  /**
   * The tab and filters of the list on screen. Until a new choice's first load lands, the list
   * is the previous one: it is marked busy and its "Voir plus" is disabled, since that cursor
   * belongs to the old list (a click there would be lost under the new one).
   */
  const listKey = `${kind}|${status}|${article}`;
  const [shownKey, setShownKey] = useState<string | null>(null);
  const listIsCurrent = shownKey === listKey;

  /** The list's request: open items oldest first (the work queue); handled ones newest first, page by page. */
  const listPath = useCallback(
    (cursor?: string) =>
      `/api/moderation/queue${query(
        status === 'resolved'
          ? { kind, status, article, order: 'newest', limit: RESOLVED_PAGE, cursor }
          : { kind, status, article, limit: OPEN_PAGE, cursor },
      )}`,
    [kind, status, article],
  );

  /** The tab's first page, and the next ones until at least `depth` items are read. */
  const readPagesTo = useCallback(
    async (depth: number): Promise<Page<QueueItem>> => {
      const first = await api.get<Page<QueueItem>>(listPath());
      const items = [...first.items];
      let nextCursor = first.nextCursor;
      while (nextCursor && items.length < depth) {
        const page = await api.get<Page<QueueItem>>(listPath(nextCursor));
        items.push(...page.items);
        nextCursor = page.nextCursor;
      }
      return { ...first, items, nextCursor };
    },
    [listPath],
  );

  /**
   * Reads the tab again. `keepDepth`: as deep as the moderator had gone or asked to go with
   * "Voir plus" (a live change or an action must not send them back to the first page).
   */
  const load = useCallback(
    async (options: { keepDepth?: boolean } = {}) => {
      const mine = ++sequence.current;
      if (!options.keepDepth) askedDepth.current = 0; // Another tab or filter: back to the first page.
      const depth = options.keepDepth ? Math.max(shownCount.current, askedDepth.current) : 0;
      try {
        const [page, total] = await Promise.all([
          readPagesTo(depth),
          // The tabs count what the filtered console lists: the same article filter.
          api.get<Counts>(`/api/moderation/queue/counts${query({ article })}`),
        ]);
        if (mine !== sequence.current) return; // A newer load (another tab, filter or event) won.
        const shown = kind === 'appeal' ? decidable(page.items) : page.items;
        // The appeals tab counts what this moderator may decide: not those against their own decisions.
        setCounts({ ...total, appeal: total.appeal - total.ownAppeals });
        setItems(shown);
        setNextCursor(page.nextCursor);
        setSelectedId((selected) => {
          if (selected && shown.some((item) => item.id === selected)) return selected;
          // The item just handled left the list: the one that took its place is next.
          return shown[0]?.id ?? null;
        });
        setShownKey(listKey);
        setLoaded(true);
        setError(null);
      } catch (caught) {
        if (mine === sequence.current) setError(errorText(caught));
      }
    },
    [kind, article, listKey, readPagesTo],
  );

  useEffect(() => {
    setLoaded(false);
    void load();
  }, [load]);

  /** The next page of the tab, after the items shown (a reload in between, live or after an action, wins). */
  const loadMore = async () => {
    if (!nextCursor) return;
    const mine = sequence.current;
    askedDepth.current = items.length + (status === 'resolved' ? RESOLVED_PAGE : OPEN_PAGE);
    try {
      const page = await api.get<Page<QueueItem>>(listPath(nextCursor));
      if (mine !== sequence.current) return;
      const more = kind === 'appeal' ? decidable(page.items) : page.items;
      setItems((current) => [...current, ...more]);
      setNextCursor(page.nextCursor);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  // Live: every change of the queue, by anyone, reloads the list (coalesced). No polling.
  // The reload reads the tab and filters as they are when it runs, not as they were when the event came.
  const pendingReload = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestLoad = useRef(load);
  latestLoad.current = load;
  const live = useQueueEvents(() => {
    clearTimeout(pendingReload.current);
    pendingReload.current = setTimeout(() => void latestLoad.current({ keepDepth: true }), 150);
  });
  useEffect(() => () => clearTimeout(pendingReload.current), []);

  // The undo toast lasts UNDO_SECONDS.
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(
      () => setToast((current) => (current?.id === toast.id ? null : current)),
      UNDO_SECONDS * 1000,
    );
    return () => clearTimeout(timer);
  }, [toast]);

  const selected = items.find((item) => item.id === selectedId) ?? null;
  const actions = selected ? itemActions(selected) : [];
  // What the keyboard acts on: keys can come faster than renders, so a choice made by one key
  // (j, k, or an item leaving the list) is seen by the next key before the page re-renders.
  const now = useRef({ items, selectedId });
  now.current = { items, selectedId };
  const select = (id: string | null) => {
    now.current = { ...now.current, selectedId: id };
    setSelectedId(id);
  };

  /** After an action: its outcome in the toast; a handled item leaves the list at once and the next one is selected. */
  const done = (outcome: Outcome, handledId?: string) => {
    setToast({ id: Date.now(), ...outcome });
    setReason('');
    setConfirming(null);
    if (handledId) {
      const list = now.current.items;
      const index = list.findIndex((item) => item.id === handledId);
      const rest = list.filter((item) => item.id !== handledId);
      now.current = { ...now.current, items: rest };
      setItems(rest);
      select(rest[Math.min(Math.max(index, 0), rest.length - 1)]?.id ?? null);
    }
    void load({ keepDepth: true });
  };
  const perform = async (call: () => Promise<Outcome>, handledId?: string) => {
    setError(null);
    try {
      done(await call(), handledId);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  // An open item leaves the queue once acted on; a handled one (status resolved) stays listed.
  const execute = (action: ItemAction, item: QueueItem | null = selected) =>
    perform(() => action.run(reason.trim()), item?.status === 'open' ? item.id : undefined);
  const trigger = (action: ItemAction, item: QueueItem | null = selected) => {
    if (action.confirm) setConfirming(action);
    else void execute(action, item);
  };
  const undo = async () => {
    const current = toast;
    if (!current?.undo) return;
    setToast(null);
    try {
      await current.undo();
      setToast({ id: Date.now(), message: L('Action annulée.', 'Action undone.') });
      await load({ keepDepth: true });
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key;
      const list = now.current.items;
      const index = list.findIndex((item) => item.id === now.current.selectedId);
      const current = index >= 0 ? list[index] : null;
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        const next = Math.max(0, Math.min(list.length - 1, index + (key === 'j' ? 1 : -1)));
        if (!list[next]) return;
        select(list[next].id);
        setConfirming(null);
        listRef.current?.querySelectorAll<HTMLButtonElement>('button.item')[next]?.focus();
      } else if ((key === 'a' || key === 'r') && current) {
        const action = itemActions(current).find((candidate) => candidate.key === key);
        if (!action) return;
        event.preventDefault();
        trigger(action, current);
      } else if (key === 'u' && current?.subject.type === 'post' && current.subject.author) {
        event.preventDefault();
        setDrawerUser(current.subject.author.id);
      } else if (key === 'z' && toast?.undo) {
        event.preventDefault();
        void undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const chooseKind = (next: Kind) => {
    setKind(next);
    select(null);
    setConfirming(null);
  };

  return (
    <>
      <Tabs kind={kind} counts={counts} choose={chooseKind} />
      <div class="row filters">
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            setArticle(slugOf(articleInput));
          }}
        >
          <div class="field">
            <label for="queue-article">{L('Article (adresse ou identifiant)', 'Article (address or slug)')}</label>
            <input
              id="queue-article"
              value={articleInput}
              onInput={(e) => setArticleInput((e.target as HTMLInputElement).value)}
            />
          </div>
          <button type="submit" class="btn secondary">
            {L('Filtrer', 'Filter')}
          </button>
          {article && (
            <button
              type="button"
              class="link"
              onClick={() => {
                setArticle('');
                setArticleInput('');
              }}
            >
              {L('Tous les articles', 'All articles')}
            </button>
          )}
        </form>
        <div class="field">
          <label for="queue-status">{L('Éléments', 'Items')}</label>
          <select
            id="queue-status"
            value={status}
            onChange={(e) => setStatus((e.target as HTMLSelectElement).value as 'open' | 'resolved')}
          >
            <option value="open">{L('à traiter', 'to handle')}</option>
            <option value="resolved">{L('déjà traités', 'already handled')}</option>
          </select>
        </div>
        <UserFinder open={setDrawerUser} />
      </div>
      <p class="muted live" aria-live="polite">
        {live === 'live'
          ? L(
              'File en direct\u00a0: les changements apparaissent d’eux-mêmes.',
              'Live queue: changes appear by themselves.',
            )
          : live === 'connecting'
            ? L('Connexion au direct…', 'Connecting…')
            : L('Direct interrompu\u202f; nouvelle tentative…', 'Live updates interrupted; retrying…')}
        {article && ` ${L(`Article${nbsp}:`, 'Article:')} ${article}.`}
      </p>
      <ToastArea toast={toast} undo={() => void undo()} close={() => setToast(null)} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="layout" id="queue-panel" role="tabpanel" aria-labelledby={`tab-${kind}`}>
        <div>
          {kind === 'appeal' && counts.ownAppeals > 0 && (
            <p class="muted">
              {counts.ownAppeals}{' '}
              {L(
                'recours portent sur vos propres décisions\u00a0: un autre membre de l’équipe les tranchera.',
                'appeal(s) concern your own decisions: another staff member will decide them.',
              )}
            </p>
          )}
          {loaded && items.length === 0 && (
            <p>
              {status === 'open'
                ? L('Rien à traiter dans cette file.', 'Nothing to handle in this queue.')
                : L('Aucun élément traité.', 'No handled items.')}
            </p>
          )}
          <ul class="queue" ref={listRef} aria-label={L('Éléments', 'Items')} aria-busy={!listIsCurrent}>
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  class="item"
                  aria-current={item.id === selectedId ? 'true' : undefined}
                  onClick={() => {
                    select(item.id);
                    setConfirming(null);
                  }}
                >
                  <strong>{itemTitle(item)}</strong>
                  <br />
                  <small class="muted">
                    {formatDate(item.createdAt, lang)} · {reasonList(item.reasons).join(' · ')}
                    {item.status === 'resolved' && item.resolution && ` · ${RESOLUTIONS[item.resolution] ?? ''}`}
                    {item.claimedBy && ` · ${L('pris par', 'claimed by')} ${item.claimedBy.username ?? '—'}`}
                  </small>
                </button>
              </li>
            ))}
          </ul>
          {nextCursor && (
            <button type="button" class="btn secondary more" disabled={!listIsCurrent} onClick={() => void loadMore()}>
              {L('Voir plus', 'Show more')}
            </button>
          )}
        </div>
        {selected && (
          <div>
            {confirming && (
              <Confirm action={confirming} run={() => void execute(confirming)} cancel={() => setConfirming(null)} />
            )}
            <ItemPanel
              item={selected}
              actions={actions}
              reason={reason}
              setReason={setReason}
              trigger={trigger}
              perform={perform}
              done={(outcome) => done(outcome, selected.id)}
              openUser={setDrawerUser}
              filterArticle={(slug) => {
                setArticle(slug);
                setArticleInput(slug);
              }}
            />
          </div>
        )}
      </div>
      <Shortcuts />
      {drawerUser && <UserDrawer userId={drawerUser} onClose={() => setDrawerUser(null)} />}
    </>
  );
}

function Tabs(props: { kind: Kind; counts: Counts; choose: (kind: Kind) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = KINDS.indexOf(props.kind);
    const next = KINDS[(index + (event.key === 'ArrowRight' ? 1 : KINDS.length - 1)) % KINDS.length];
    props.choose(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={L('Files de modération', 'Moderation queues')} onKeyDown={onKeyDown}>
      {KINDS.map((kind) => (
        <button
          type="button"
          role="tab"
          id={`tab-${kind}`}
          aria-selected={kind === props.kind}
          aria-controls="queue-panel"
          tabIndex={kind === props.kind ? 0 : -1}
          key={kind}
          onClick={() => props.choose(kind)}
        >
          {KIND_LABELS[kind]}
          <span class="count">
            <span class="visually-hidden">{' ('}</span>
            {props.counts[kind]}
            <span class="visually-hidden">{` ${L('à traiter', 'to handle')})`}</span>
          </span>
        </button>
      ))}
    </div>
  );
}

function Confirm(props: { action: ItemAction; run: () => void; cancel: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [props.action]);
  return (
    <div class="confirm" role="group" aria-label={L('Confirmation', 'Confirmation')}>
      <p>{props.action.confirm}</p>
      <button type="button" ref={button} class="btn danger" onClick={props.run}>
        {L('Confirmer', 'Confirm')}
      </button>{' '}
      <button type="button" class="btn secondary" onClick={props.cancel}>
        {L('Ne rien faire', 'Do nothing')}
      </button>
    </div>
  );
}

function ToastArea(props: { toast: Toast | null; undo: () => void; close: () => void }) {
  return (
    <div class="toast-area" role="status">
      {props.toast && (
        <div class="toast">
          <span>{props.toast.message}</span>
          {props.toast.undo && (
            <button type="button" class="btn secondary" aria-keyshortcuts="z" onClick={props.undo}>
              {L('Annuler', 'Undo')}
              <kbd aria-hidden="true">z</kbd>
            </button>
          )}
          <button type="button" class="link" onClick={props.close}>
            {L('Fermer', 'Dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

interface FoundUser {
  id: string;
  username: string;
  displayName: string | null;
  role: string;
  status: string;
}

/** Moderators find an account by any part of its username or display name, then open its context. */
function UserFinder(props: { open: (id: string) => void }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<FoundUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const page = await api.get<Page<FoundUser>>(`/api/moderation/users${query({ q: q.trim(), limit: 10 })}`);
      setFound(page.items);
    } catch (caught) {
      setFound(null);
      setError(errorText(caught));
    }
  };
  return (
    <div class="finder">
      <form class="row" role="search" onSubmit={submit}>
        <div class="field">
          <label for="find-user">
            {L('Trouver un compte (nom, tout ou partie)', 'Find an account (name, any part)')}
          </label>
          <input
            id="find-user"
            required
            minLength={2}
            maxLength={64}
            value={q}
            onInput={(e) => setQ((e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="btn secondary">
          {L('Chercher', 'Search')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {found && (
        <div aria-live="polite">
          {found.length === 0 ? (
            <p>{L('Aucun compte ne correspond.', 'No matching account.')}</p>
          ) : (
            <ul class="found" aria-label={L('Comptes trouvés', 'Accounts found')}>
              {found.map((user) => (
                <li key={user.id}>
                  <button type="button" class="link" onClick={() => props.open(user.id)}>
                    {user.username}
                  </button>
                  {user.displayName && user.displayName !== user.username && ` (${user.displayName})`} ·{' '}
                  {ROLE_LABELS[user.role] ?? ''} · {USER_STATUS[user.status] ?? ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function Shortcuts() {
  const keys: Array<[string, string]> = [
    ['j', L('élément suivant', 'next item')],
    ['k', L('élément précédent', 'previous item')],
    ['a', L('approuver, conserver ou accepter', 'approve, keep or accept')],
    ['r', L('rejeter ou masquer (annulable quelques secondes)', 'reject or hide (undoable for a few seconds)')],
    ['u', L('voir le compte de l’auteur', 'view the author’s account')],
    ['z', L('annuler la dernière action', 'undo the last action')],
  ];
  return (
    <section class="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{L('Raccourcis', 'Shortcuts')}</h2>
      <p class="muted">
        {L(
          'Sans effet pendant la saisie dans un champ. Les notifications DSA et les recours se tranchent par leur formulaire.',
          'Inactive while typing in a field. DSA notices and appeals are decided through their form.',
        )}
      </p>
      <ul>
        {keys.map(([key, text]) => (
          <li key={key}>
            <kbd>{key}</kbd> {text}
          </li>
        ))}
      </ul>
    </section>
  );
}
