import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, query, type Page } from '../shared/api.js';
import { api, errorText, L, lang } from '../shared/staff.js';
import { ItemPanel, itemActions } from './item-panel.js';
import { isTyping, itemTitle, reasonList } from './labels.js';
import type { Kind, QueueItem } from './types.js';

const TABS: Array<{ kind: Kind; label: string }> = [
  { kind: 'flagged', label: L('Signalés', 'Flagged') },
  { kind: 'pending', label: L('En attente', 'Pending') },
  { kind: 'error_report', label: L('Erreurs signalées', 'Error reports') },
];

export function QueueView() {
  const [kind, setKind] = useState<Kind>('flagged');
  const [items, setItems] = useState<QueueItem[]>([]);
  const [counts, setCounts] = useState<Record<Kind, number>>({
    flagged: 0,
    pending: 0,
    error_report: 0,
    dsa_notice: 0,
    appeal: 0,
  });
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
