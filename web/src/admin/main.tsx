import '../shared/console.css';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, query, type Page } from '../shared/api.js';
import type { AdminUser, LiveSettings } from '../shared/api-schemas.js';
import { api, errorText, L, lang, StaffShell } from '../shared/staff.js';

const ROLES = {
  reader: L('lecteur', 'reader'),
  editor: L('rédacteur', 'editor'),
  moderator: L('modérateur', 'moderator'),
  admin: L('administrateur', 'administrator'),
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
  const [roleChange, setRoleChange] = useState<RoleChange | null>(null);

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
          <label for="user-q">
            {L('Nom, nom affiché ou e-mail (tout ou partie)', 'Name, display name or email (any part)')}
          </label>
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
                  <RoleCell user={user} name={name} ask={setRoleChange} />
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
                          {L('Effacer ses données personnelles\u202f?', 'Erase their personal data?')}{' '}
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
      {roleChange && (
        <ConfirmRole
          change={roleChange}
          close={() => setRoleChange(null)}
          confirm={() =>
            void act(
              `${L('Rôle changé', 'Role changed')}\u00a0: ${roleChange.name} ${L('est désormais', 'is now')} ${ROLES[roleChange.role]}.`,
              async () => {
                setRoleChange(null);
                await api.request('PATCH', `/api/admin/users/${roleChange.id}`, { role: roleChange.role });
              },
            )
          }
        />
      )}
    </section>
  );
}

type Role = keyof typeof ROLES;
interface RoleChange {
  id: string;
  name: string;
  from: Role;
  role: Role;
}

/**
 * The role is chosen in a drop-down, then changed by an explicit button and a
 * confirmation naming the user and the new role: moving through the options
 * with the arrow keys saves nothing (issue #15, item 26).
 */
function RoleCell(props: { user: AdminUser; name: string; ask: (change: RoleChange) => void }) {
  const { user } = props;
  const [draft, setDraft] = useState<Role>(user.role);
  useEffect(() => setDraft(user.role), [user.role]);
  return (
    <div class="role-cell">
      <label class="visually-hidden" for={`role-${user.id}`}>
        {L('Nouveau rôle de', 'New role of')} {props.name}
      </label>
      <select
        id={`role-${user.id}`}
        value={draft}
        disabled={!user.username}
        onChange={(e) => setDraft((e.target as HTMLSelectElement).value as Role)}
      >
        {Object.entries(ROLES).map(([value, label]) => (
          <option value={value} key={value}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="btn secondary"
        disabled={!user.username || draft === user.role}
        aria-label={`${L('Changer le rôle de', 'Change the role of')} ${props.name}`}
        onClick={() => props.ask({ id: user.id, name: props.name, from: user.role, role: draft })}
      >
        {L('Changer le rôle', 'Change the role')}
      </button>
    </div>
  );
}

function ConfirmRole(props: { change: RoleChange; close: () => void; confirm: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  const { change } = props;
  return (
    <dialog ref={dialog} class="confirm-dialog" aria-labelledby="role-confirm-title" onClose={props.close}>
      <h2 id="role-confirm-title">{L('Changer le rôle\u202f?', 'Change the role?')}</h2>
      <p>
        {L(
          `${change.name} passera de ${ROLES[change.from]} à ${ROLES[change.role]}.`,
          `${change.name} will go from ${ROLES[change.from]} to ${ROLES[change.role]}.`,
        )}
      </p>
      <div class="actions">
        <button type="button" class="btn" onClick={props.confirm}>
          {L(`Faire de ${change.name} un ${ROLES[change.role]}`, `Make ${change.name} ${ROLES[change.role]}`)}
        </button>
        <button type="button" class="btn secondary" onClick={() => dialog.current?.close()}>
          {L('Annuler', 'Cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** Every live setting, in words (issue #15: no "loginPerMinute" shown raw). */
const SETTING_LABELS: Record<string, string> = {
  flagHideThreshold: L(
    'Signalements distincts qui masquent aussitôt un message',
    'Distinct flags that hide a post at once',
  ),
  premoderateFirstPosts: L(
    'Messages d’un nouveau compte soumis à validation (jusqu’à tant de messages approuvés\u202f; 0\u00a0: aucun)',
    'Posts of a new account held for approval (until this many were approved; 0: none)',
  ),
  editWindowMinutes: L(
    'Minutes pendant lesquelles un auteur peut modifier son message (0\u00a0: sans limite)',
    'Minutes an author may edit a post (0: no limit)',
  ),
  'rateLimits.loginPerMinute': L('Tentatives de connexion par minute', 'Sign-in attempts per minute'),
  'rateLimits.registerPerHour': L('Inscriptions par heure', 'Registrations per hour'),
  'rateLimits.forgotPerHour': L('Demandes de nouveau mot de passe par heure', 'Password-reset requests per hour'),
  'rateLimits.postsPerMinute': L('Messages par lecteur et par minute', 'Posts per reader per minute'),
  'rateLimits.flagsPerHour': L('Signalements par lecteur et par heure', 'Flags per reader per hour'),
  'rateLimits.votesPerMinute': L('Votes par lecteur et par minute', 'Votes per reader per minute'),
  'rateLimits.errorReportsPerHour': L(
    'Erreurs signalées par lecteur et par heure',
    'Error reports per reader per hour',
  ),
  'rateLimits.searchPerMinute': L('Recherches par adresse IP et par minute', 'Searches per IP per minute'),
  'rateLimits.dsaNoticesPerHour': L(
    'Notifications de contenu illicite (DSA) par heure',
    'Notices of illegal content (DSA) per hour',
  ),
  'rateLimits.verifyEmailPerHour': L(
    'Nouveaux liens de vérification d’adresse e-mail par heure',
    'New e-mail verification links per hour',
  ),
};
const settingLabel = (key: string) => SETTING_LABELS[key] ?? L('Autre réglage', 'Other setting');

type Settings = LiveSettings;

function SettingsView() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [twoFactor, setTwoFactor] = useState(false);
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
      setTwoFactor(value.requireStaffTwoFactor);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => void load(), []);
  if (!settings)
    return error ? (
      <p class="error" role="alert">
        {error}
      </p>
    ) : (
      <p>{L('Chargement…', 'Loading…')}</p>
    );

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const patch: Record<string, unknown> = {};
    const rateLimits: Record<string, number> = {};
    const current = settings as unknown as Record<string, unknown>;
    const currentLimits = settings.rateLimits as unknown as Record<string, number>;
    for (const [key, text] of Object.entries(draft)) {
      const value = Number(text);
      if (key.startsWith('rateLimits.')) {
        const name = key.slice('rateLimits.'.length);
        if (currentLimits[name] !== value) rateLimits[name] = value;
      } else if (current[key] !== value) patch[key] = value;
    }
    if (Object.keys(rateLimits).length) patch.rateLimits = rateLimits;
    if (twoFactor !== settings.requireStaffTwoFactor) patch.requireStaffTwoFactor = twoFactor;
    try {
      await api.request('PATCH', '/api/admin/settings', patch);
      setNotice(
        L('Réglages enregistrés\u202f; ils s’appliquent immédiatement.', 'Settings saved; they apply at once.'),
      );
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const field = (key: string) => (
    <div class="field" key={key}>
      <label for={`setting-${key.replace('.', '-')}`}>{settingLabel(key)}</label>
      <input
        id={`setting-${key.replace('.', '-')}`}
        type="number"
        min={0}
        step={1}
        required
        value={draft[key]}
        onInput={(e) => setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value })}
      />
    </div>
  );
  const keys = Object.keys(draft);
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{L('Réglages', 'Settings')}</h2>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{L('Modération', 'Moderation')}</legend>
          {keys.filter((key) => !key.startsWith('rateLimits.')).map(field)}
          <label class="choice">
            <input
              type="checkbox"
              checked={twoFactor}
              onChange={(e) => setTwoFactor((e.target as HTMLInputElement).checked)}
            />{' '}
            {L(
              'Exiger la double authentification des rédacteurs, modérateurs et administrateurs',
              'Require two-factor authentication of editors, moderators and administrators',
            )}
          </label>
        </fieldset>
        <fieldset>
          <legend>
            {L('Limites de fréquence (avant le multiplicateur général)', 'Rate limits (before the global factor)')}
          </legend>
          {keys.filter((key) => key.startsWith('rateLimits.')).map(field)}
        </fieldset>
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
