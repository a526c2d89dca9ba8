import { useEffect, useState } from 'preact/hooks';
import { formatDate, query, type Page } from '../shared/api.js';
import { api, errorText, L, lang } from '../shared/staff.js';
import { AUDIT_ACTIONS, auditAction, POST_STATUS, ROLE_LABELS, TARGET_TYPES, USER_STATUS } from './labels.js';
import type { AuditEntry } from './types.js';

const FIELD_LABELS: Record<string, string> = {
  status: L('état', 'state'),
  role: L('rôle', 'role'),
  reason: L('motif', 'reason'),
  until: L('jusqu’au', 'until'),
  suspendedUntil: L('suspendu jusqu’au', 'suspended until'),
  locked: L('verrouillée', 'locked'),
  pattern: L('motif surveillé', 'pattern'),
  action: L('effet', 'effect'),
};

/** A before/after value in words: states and roles translated, dates local, the rest as text. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? L('oui', 'yes') : L('non', 'no');
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDate(value, lang);
    return POST_STATUS[value] ?? USER_STATUS[value] ?? ROLE_LABELS[value] ?? value;
  }
  if (typeof value === 'number') return String(value);
  return L('(détail)', '(detail)');
}

/** What changed, one line per field that the entry records. */
function changes(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((key) => FIELD_LABELS[key])
    .map((key) => `${FIELD_LABELS[key]}\u00a0: ${valueText(before?.[key])} → ${valueText(after?.[key])}`);
}

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
          <label for="log-action">{L('Action', 'Action')}</label>
          <select id="log-action" value={action} onChange={(e) => setAction((e.target as HTMLSelectElement).value)}>
            <option value="">{L('toutes', 'all')}</option>
            {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
              <option value={value} key={value}>
                {label}
              </option>
            ))}
          </select>
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
            <th scope="col">{L('Changement', 'Change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDate(entry.createdAt, lang)}</td>
              <td>
                {entry.actor?.username ?? L('système', 'system')}{' '}
                {entry.actorRole && <span class="muted">({ROLE_LABELS[entry.actorRole] ?? '—'})</span>}
              </td>
              <td>{auditAction(entry.action)}</td>
              <td>{TARGET_TYPES[entry.targetType] ?? L('autre', 'other')}</td>
              <td>{entry.reason ?? '—'}</td>
              <td>
                {changes(entry.before, entry.after).map((line) => (
                  <div key={line}>{line}</div>
                ))}
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
