import { useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { useId, useUser, useWidget } from './context.js';

/** "Connecté en tant que …", or the sign-in and sign-up forms. */
export function AuthBar() {
  const { api, t } = useWidget();
  const user = useUser();
  const [mode, setMode] = useState<'none' | 'login' | 'register'>('none');

  if (user) {
    return (
      <div class="t-auth">
        <span>
          {t.signedInAs} <strong>{user.displayName || user.username}</strong>
        </span>
        <button type="button" class="t-link" onClick={() => void api.logout()}>
          {t.signOut}
        </button>
      </div>
    );
  }
  return (
    <div class="t-auth">
      {mode === 'none' && (
        <>
          <span>{t.signInToPost}</span>
          <button type="button" class="t-btn" onClick={() => setMode('login')}>
            {t.signIn}
          </button>
          <button type="button" class="t-btn t-secondary" onClick={() => setMode('register')}>
            {t.signUp}
          </button>
        </>
      )}
      {mode === 'login' && <LoginForm onDone={() => setMode('none')} onSwitch={() => setMode('register')} />}
      {mode === 'register' && <RegisterForm onDone={() => setMode('none')} />}
    </div>
  );
}

function Field(props: {
  label: string;
  name: string;
  type?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  autoComplete?: string;
  value: string;
  onInput: (value: string) => void;
}) {
  const id = useId(props.name);
  const hintId = `${id}-hint`;
  return (
    <div class="t-field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        required={props.required}
        autoComplete={props.autoComplete}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.hint || props.error ? hintId : undefined}
        onInput={(event) => props.onInput((event.target as HTMLInputElement).value)}
      />
      {(props.hint || props.error) && (
        <small id={hintId} class={props.error ? 't-error' : 't-hint'}>
          {props.error ?? props.hint}
        </small>
      )}
    </div>
  );
}

function LoginForm({ onDone, onSwitch }: { onDone: () => void; onSwitch: () => void }) {
  const { api, t } = useWidget();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId('login-title');

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.login(login.trim(), password);
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="t-form" aria-labelledby={titleId} onSubmit={submit}>
      <h3 id={titleId}>{t.signIn}</h3>
      <Field label={t.login} name="login" required autoComplete="username" value={login} onInput={setLogin} />
      <Field
        label={t.password}
        name="password"
        type="password"
        required
        autoComplete="current-password"
        value={password}
        onInput={setPassword}
      />
      {error && (
        <p class="t-error" role="alert">
          {error}
        </p>
      )}
      <div class="t-actions">
        <button type="submit" class="t-btn" disabled={busy}>
          {t.signIn}
        </button>
        <button type="button" class="t-link" onClick={onSwitch}>
          {t.signUp}
        </button>
        <button type="button" class="t-link" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function RegisterForm({ onDone }: { onDone: () => void }) {
  const { api, t } = useWidget();
  const [fields, setFields] = useState({ username: '', email: '', password: '', displayName: '' });
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId('register-title');
  const set = (name: keyof typeof fields) => (value: string) => setFields({ ...fields, [name]: value });
  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.register({
        username: fields.username.trim(),
        email: fields.email.trim(),
        password: fields.password,
        ...(fields.displayName.trim() ? { displayName: fields.displayName.trim() } : {}),
      });
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="t-form" aria-labelledby={titleId} onSubmit={submit}>
      <h3 id={titleId}>{t.signUp}</h3>
      <Field
        label={t.username}
        name="username"
        hint={t.usernameHint}
        error={fieldError('username')}
        required
        autoComplete="username"
        value={fields.username}
        onInput={set('username')}
      />
      <Field
        label={t.email}
        name="email"
        type="email"
        error={fieldError('email')}
        required
        autoComplete="email"
        value={fields.email}
        onInput={set('email')}
      />
      <Field
        label={t.password}
        name="password"
        type="password"
        hint={t.passwordHint}
        error={fieldError('password')}
        required
        autoComplete="new-password"
        value={fields.password}
        onInput={set('password')}
      />
      <Field
        label={t.displayName}
        name="displayName"
        error={fieldError('displayName')}
        autoComplete="nickname"
        value={fields.displayName}
        onInput={set('displayName')}
      />
      {error && (
        <p class="t-error" role="alert">
          {error.message}
        </p>
      )}
      <div class="t-actions">
        <button type="submit" class="t-btn" disabled={busy}>
          {t.signUp}
        </button>
        <button type="button" class="t-link" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
