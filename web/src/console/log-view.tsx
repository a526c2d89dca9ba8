import { useEffect, useState } from 'preact/hooks';
import { formatDate, query, type Page } from '../shared/api.js';
import { api, errorText, L, lang } from '../shared/staff.js';
import type { AuditEntry } from './types.js';

export function LogView() {
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
