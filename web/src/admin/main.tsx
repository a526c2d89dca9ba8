import '../shared/console.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDate, query, type Page } from '../shared/api.js';
import type { AdminUser } from '../shared/api-schemas.js';
import { api, errorText, L, lang, StaffShell } from '../shared/staff.js';

const ROLES = {
  reader: L('lecteur', 'reader'),
  editor: L('rédacteur', 'editor'),
  moderator: L('modérateur', 'moderator'),
  admin: L('administrateur', 'admin'),
};
const STATUSES = { active: L('actif', 'active'), suspended: L('suspendu', 'suspended'), banned: L('banni', 'banned') };

function UsersView() {
  const [filters, setFilters] = useState({ q: '', role: '', status: '' });
  const [users, setUsers] = useState<AdminUser[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = async (pageCursor: string | null = null) => {
    try {
      const page = await api.get<Page<AdminUser>>(
        `/api/admin/users${query({ ...filters, cursor: pageCursor, limit: 50 })}`,
      );
      setUsers(pageCursor ? [...users, ...page.items] : page.items);
      setCursor(page.nextCursor);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => void load(), []);

  const act = async (label: string, action: () => Promise<unknown>) => {
    setError(null);
    setNotice(null);
    try {
      await action();
      setNotice(label);
      setConfirming(null);
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const motive = () => reason.trim() || L('Manquements graves à la charte', 'Serious breaches of the rules');

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{L('Utilisateurs', 'Users')}</h2>
      <form
        class="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <div class="field">
          <label for="user-q">{L('Nom, nom affiché ou e-mail', 'Name, display name or email')}</label>
          <input
            id="user-q"
            type="search"
            value={filters.q}
            onInput={(e) => setFilters({ ...filters, q: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="user-role">{L('Rôle', 'Role')}</label>
          <select
            id="user-role"
            value={filters.role}
            onChange={(e) => setFilters({ ...filters, role: (e.target as HTMLSelectElement).value })}
          >
            <option value="">{L('tous', 'all')}</option>
            {Object.entries(ROLES).map(([value, label]) => (
              <option value={value} key={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="user-status">{L('Statut', 'Status')}</label>
          <select
            id="user-status"
            value={filters.status}
            onChange={(e) => setFilters({ ...filters, status: (e.target as HTMLSelectElement).value })}
          >
            <option value="">{L('tous', 'all')}</option>
            {Object.entries(STATUSES).map(([value, label]) => (
              <option value={value} key={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn">
          {L('Rechercher', 'Search')}
        </button>
      </form>
      <div class="field">
        <label for="sanction-reason">
          {L('Motif des sanctions (consigné au journal)', 'Reason for sanctions (written to the log)')}
        </label>
        <input
          id="sanction-reason"
          maxLength={500}
          value={reason}
          onInput={(e) => setReason((e.target as HTMLInputElement).value)}
        />
      </div>
      <div aria-live="polite">
        {notice && <p class="notice">{notice}</p>}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">{L('Utilisateur', 'User')}</th>
            <th scope="col">{L('E-mail', 'Email')}</th>
            <th scope="col">{L('Rôle', 'Role')}</th>
            <th scope="col">{L('Statut', 'Status')}</th>
            <th scope="col">{L('Messages', 'Posts')}</th>
            <th scope="col">{L('Actions', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const name = user.username ?? L('(anonymisé)', '(anonymized)');
            return (
              <tr key={user.id} data-username={user.username ?? ''}>
                <td>
                  <strong>{name}</strong>
                  {user.displayName && user.displayName !== user.username && (
                    <div class="muted">{user.displayName}</div>
                  )}
                  <div class="muted">
                    {L('inscrit le', 'joined')} {formatDate(user.createdAt, lang)}
                  </div>
                </td>
                <td>{user.email ?? '—'}</td>
                <td>
                  <label class="visually-hidden" for={`role-${user.id}`}>
                    {L('Rôle de', 'Role of')} {name}
                  </label>
                  <select
                    id={`role-${user.id}`}
                    value={user.role}
                    disabled={!user.username}
                    onChange={(e) => {
                      const role = (e.target as HTMLSelectElement).value;
                      void act(L('Rôle modifié.', 'Role changed.'), () =>
                        api.request('PATCH', `/api/admin/users/${user.id}`, { role }),
                      );
                    }}
                  >
                    {Object.entries(ROLES).map(([value, label]) => (
                      <option value={value} key={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {STATUSES[user.status]}
                  {user.suspendedUntil && user.status === 'suspended' && (
                    <div class="muted">
                      {L('jusqu’au', 'until')} {formatDate(user.suspendedUntil, lang)}
                    </div>
                  )}
                  {user.sanctionReason && <div class="muted">{user.sanctionReason}</div>}
                </td>
                <td>
                  {user.postCount}
                  {user.flagsReceived ? (
                    <div class="muted">
                      {user.flagsReceived} {L('signalements', 'flags')}
                    </div>
                  ) : null}
                </td>
                <td>
                  <div class="actions">
                    {user.status === 'banned' ? (
                      <button
                        type="button"
                        class="btn secondary"
                        aria-label={`${L('Débannir', 'Unban')} ${name}`}
                        onClick={() =>
                          void act(L('Utilisateur débanni.', 'User unbanned.'), () =>
                            api.request('POST', `/api/admin/users/${user.id}/unban`, { reason: motive() }),
                          )
                        }
                      >
                        {L('Débannir', 'Unban')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        class="btn danger"
                        aria-label={`${L('Bannir', 'Ban')} ${name}`}
                        disabled={!user.username}
                        onClick={() =>
                          void act(L('Utilisateur banni.', 'User banned.'), () =>
                            api.request('POST', `/api/admin/users/${user.id}/ban`, { reason: motive() }),
                          )
                        }
                      >
                        {L('Bannir', 'Ban')}
                      </button>
                    )}
                    {user.username &&
                      (confirming === user.id ? (
                        <span role="group" aria-label={L('Confirmer l’anonymisation', 'Confirm anonymization')}>
                          {L('Effacer ses données personnelles ?', 'Erase their personal data?')}{' '}
                          <button
                            type="button"
                            class="btn danger"
                            onClick={() =>
                              void act(L('Compte anonymisé.', 'Account anonymized.'), () =>
                                api.request('POST', `/api/admin/users/${user.id}/anonymize`, {}),
                              )
                            }
                          >
                            {L('Confirmer', 'Confirm')}
                          </button>{' '}
                          <button type="button" class="link" onClick={() => setConfirming(null)}>
                            {L('Annuler', 'Cancel')}
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          class="btn secondary"
                          aria-label={`${L('Anonymiser', 'Anonymize')} ${name}`}
                          onClick={() => setConfirming(user.id)}
                        >
                          {L('Anonymiser', 'Anonymize')}
                        </button>
                      ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {cursor && (
        <button type="button" class="btn secondary" onClick={() => void load(cursor)}>
          {L('Suivants', 'More')}
        </button>
      )}
    </section>
  );
}

const SETTING_LABELS: Record<string, string> = {
  flagHideThreshold: L('Signalements distincts qui masquent un message', 'Distinct flags that hide a post'),
  premoderateFirstPosts: L(
    'Premiers messages d’un nouveau compte soumis à validation',
    'First posts of a new account held for approval',
  ),
  editWindowMinutes: L(
    'Minutes pendant lesquelles un auteur peut modifier (0 : sans limite)',
    'Minutes an author may edit (0: no limit)',
  ),
};

type Settings = Record<string, unknown> & { rateLimits?: Record<string, number> };

function SettingsView() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      const value = await api.get<Settings>('/api/admin/settings');
      setSettings(value);
      const next: Record<string, string> = {};
      for (const [key, v] of Object.entries(value)) if (typeof v === 'number') next[key] = String(v);
      for (const [key, v] of Object.entries(value.rateLimits ?? {}))
        if (typeof v === 'number') next[`rateLimits.${key}`] = String(v);
      setDraft(next);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => void load(), []);
  if (!settings) return error ? <p class="error">{error}</p> : <p>{L('Chargement…', 'Loading…')}</p>;

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const patch: Record<string, unknown> = {};
    const rateLimits: Record<string, number> = {};
    for (const [key, text] of Object.entries(draft)) {
      const value = Number(text);
      if (key.startsWith('rateLimits.')) {
        const name = key.slice('rateLimits.'.length);
        if (settings.rateLimits?.[name] !== value) rateLimits[name] = value;
      } else if (settings[key] !== value) patch[key] = value;
    }
    if (Object.keys(rateLimits).length) patch.rateLimits = rateLimits;
    try {
      await api.request('PATCH', '/api/admin/settings', patch);
      setNotice(L('Réglages enregistrés ; ils s’appliquent immédiatement.', 'Settings saved; they apply at once.'));
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{L('Réglages', 'Settings')}</h2>
      <form onSubmit={submit}>
        {Object.keys(draft).map((key) => (
          <div class="field" key={key}>
            <label for={`setting-${key}`}>
              {SETTING_LABELS[key] ??
                (key.startsWith('rateLimits.') ? `${L('Limite de débit', 'Rate limit')} : ${key.slice(11)}` : key)}
            </label>
            <input
              id={`setting-${key}`}
              type="number"
              min={0}
              step={1}
              required
              value={draft[key]}
              onInput={(e) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value })}
            />
          </div>
        ))}
        <div aria-live="polite">
          {notice && <p class="notice">{notice}</p>}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" class="btn">
          {L('Enregistrer', 'Save')}
        </button>
      </form>
    </section>
  );
}

function Admin() {
  const [view, setView] = useState<'users' | 'settings'>(window.location.hash === '#settings' ? 'settings' : 'users');
  useEffect(() => {
    const onHash = () => setView(window.location.hash === '#settings' ? 'settings' : 'users');
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main class="console" id="main">
      <nav class="row" aria-label={L('Sections de l’administration', 'Administration sections')}>
        <a href="#users" aria-current={view === 'users' ? 'page' : undefined}>
          {L('Utilisateurs', 'Users')}
        </a>
        <a href="#settings" aria-current={view === 'settings' ? 'page' : undefined}>
          {L('Réglages', 'Settings')}
        </a>
      </nav>
      {view === 'users' ? <UsersView /> : <SettingsView />}
    </main>
  );
}

render(
  <StaffShell title={L('Administration', 'Administration')} current="admin" roles={['admin']}>
    {() => <Admin />}
  </StaffShell>,
  document.getElementById('app')!,
);
