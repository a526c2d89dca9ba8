import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Api, ApiError, preferredLanguage, type Me } from './api.js';

export const lang = preferredLanguage();
/** The staff pages' strings: French, or English when the browser prefers it. */
export const L = (fr: string, en: string): string => (lang === 'en' ? en : fr);
export const api = new Api(window.location.origin, lang);

/** A sentence for a failure whose answer said nothing (a proxy's page, a dropped connection): never "HTTP 503". */
function statusText(status: number): string {
  if (status === 0)
    return L(
      'Le serveur est injoignable. Vérifiez la connexion et réessayez.',
      'The server cannot be reached. Check the connection and retry.',
    );
  if (status === 429)
    return L(
      'Trop de demandes en peu de temps\u00a0: patientez un instant, puis réessayez.',
      'Too many requests: wait a moment, then retry.',
    );
  if (status === 401)
    return L('Votre session a expiré\u00a0: reconnectez-vous.', 'Your session expired: sign in again.');
  if (status === 403) return L('Votre rôle ne permet pas cette action.', 'Your role does not allow this action.');
  if (status === 404)
    return L('Élément introuvable\u00a0: il a peut-être été supprimé.', 'Not found: it may have been deleted.');
  if (status === 409)
    return L(
      'L’élément a changé entre-temps\u00a0: rechargez la page.',
      'The item changed meanwhile: reload the page.',
    );
  if (status >= 500)
    return L(
      'Le service est momentanément indisponible. Réessayez dans un instant.',
      'The service is unavailable for a moment. Retry shortly.',
    );
  return L('La demande a été refusée.', 'The request was refused.');
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const detail = error.problem.detail?.trim();
    const field = error.problem.errors?.map((item) => item.message).filter(Boolean);
    if (field?.length) return field.join(' ');
    return detail || statusText(error.status);
  }
  return error instanceof Error ? error.message : String(error);
}

/** Roles in words (never the API's values). */
const ROLE_LABELS: Record<Me['role'], () => string> = {
  reader: () => L('lecteur', 'reader'),
  editor: () => L('rédaction', 'editor'),
  moderator: () => L('modération', 'moderator'),
  admin: () => L('administration', 'admin'),
};

function LoginForm() {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await api.login(login.trim(), password);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <main class="login">
      <h1>{L('Connexion de l’équipe', 'Staff sign-in')}</h1>
      <form onSubmit={submit}>
        <div class="field">
          <label for="staff-login">{L('Nom d’utilisateur ou e-mail', 'Username or email')}</label>
          <input
            id="staff-login"
            name="login"
            autoComplete="username"
            required
            value={login}
            onInput={(e) => setLogin((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="staff-password">{L('Mot de passe', 'Password')}</label>
          <input
            id="staff-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="btn">
          {L('Se connecter', 'Sign in')}
        </button>
      </form>
    </main>
  );
}

/** Signs the staff member in (or restores the session), then checks the role. */
export function StaffShell(props: {
  title: string;
  current: 'moderation' | 'admin' | 'desk';
  roles: Array<Me['role']>;
  children: (user: Me) => ComponentChildren;
}) {
  const [user, setUser] = useState<Me | null>(api.user);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const off = api.onUser(setUser);
    void api.restore().finally(() => setReady(true));
    return off;
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, []);

  if (!ready) return <p>{L('Chargement…', 'Loading…')}</p>;
  if (!user) return <LoginForm />;
  return (
    <>
      <header class="bar">
        <h1>Tribune — {props.title}</h1>
        <nav aria-label={L('Espaces', 'Areas')}>
          <a href="/">{L('Le site', 'The site')}</a>
          {(user.role === 'editor' || user.role === 'admin') && (
            <a href="/redaction" aria-current={props.current === 'desk' ? 'page' : undefined}>
              {L('Rédaction', 'Newsroom')}
            </a>
          )}
          {user.role !== 'editor' && (
            <a href="/moderation" aria-current={props.current === 'moderation' ? 'page' : undefined}>
              {L('Modération', 'Moderation')}
            </a>
          )}
          {user.role === 'admin' && (
            <a href="/admin" aria-current={props.current === 'admin' ? 'page' : undefined}>
              {L('Administration', 'Administration')}
            </a>
          )}
        </nav>
        <span>
          {user.displayName || user.username} ({ROLE_LABELS[user.role]()}){' '}
          <button type="button" class="link" onClick={() => void api.logout()}>
            {L('Se déconnecter', 'Sign out')}
          </button>
        </span>
      </header>
      {props.roles.includes(user.role) ? (
        props.children(user)
      ) : (
        <main class="console">
          <h2>{L('Accès réservé', 'Restricted access')}</h2>
          <p class="error" role="alert">
            {L(
              'Cet espace est réservé à l’équipe. Votre rôle ne permet pas d’y accéder.',
              'This area is for staff only; your role does not give access to it.',
            )}
          </p>
        </main>
      )}
    </>
  );
}
