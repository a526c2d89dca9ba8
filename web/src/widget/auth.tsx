import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { LabelledInput, type FieldProps } from '../shared/field.js';
import { EMAIL_SHAPE, useForgotPassword } from '../shared/forgot-password.js';
import { fieldText, problemText, suspensionText } from '../shared/problem-text.js';
import { useId, useUser, useWidget } from './context.js';

type Mode = 'none' | 'login' | 'register' | 'forgot';

/** The reset page's "se connecter" link comes back here with this anchor: the sign-in form opens. */
const SIGN_IN_ANCHOR = '#tribune-connexion';
/** Read by the reset page (web/src/reader/ask-new-link.tsx) to send the reader back to this article. */
const RETURN_TO_KEY = 'tribune.signInReturnTo';

function rememberReturnTo(): void {
  try {
    localStorage.setItem(RETURN_TO_KEY, window.location.pathname);
  } catch {
    // Storage refused: the reset page falls back to the newest article.
  }
}

/**
 * "Connecté en tant que …" (with the suspension, until when and why), or the
 * sign-in, sign-up and forgotten-password forms. A session that ends or an
 * account suspended while the page is open is said, never dropped silently.
 */
export function AuthBar() {
  const { api, t } = useWidget();
  const user = useUser();
  const [mode, setMode] = useState<Mode>(() => (window.location.hash === SIGN_IN_ANCHOR ? 'login' : 'none'));
  const [bar, setBar] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    if (mode === 'login' && window.location.hash === SIGN_IN_ANCHOR) bar?.scrollIntoView({ block: 'center' });
  }, [bar]);

  // Coming back to the tab re-reads the account: a suspension shows before the next refused write.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void api.recheck();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [api]);

  if (user) {
    return (
      <div class="t-auth">
        <span>
          {t.signedInAs} <strong>{user.displayName || user.username}</strong>
        </span>
        <button type="button" class="t-link" onClick={() => void api.logout()}>
          {t.signOut}
        </button>
        <AccountStatusNotice />
      </div>
    );
  }
  return (
    <div class="t-auth" ref={setBar}>
      {mode === 'none' && (
        <>
          <SessionEndNotice />
          <span>{t.signInToPost}</span>
          <button type="button" class="t-btn" onClick={() => setMode('login')}>
            {t.signIn}
          </button>
          <button type="button" class="t-btn t-secondary" onClick={() => setMode('register')}>
            {t.signUp}
          </button>
        </>
      )}
      {mode === 'login' && (
        <LoginForm
          onDone={() => setMode('none')}
          onSwitch={() => setMode('register')}
          onForgot={() => {
            rememberReturnTo();
            setMode('forgot');
          }}
        />
      )}
      {mode === 'register' && <RegisterForm onDone={() => setMode('none')} />}
      {mode === 'forgot' && <ForgotForm onBack={() => setMode('login')} />}
    </div>
  );
}

/** A suspended reader still reads; this says until when (local date and time) and why. */
function AccountStatusNotice() {
  const { lang, t } = useWidget();
  const user = useUser();
  if (!user || user.status === 'active') return null;
  const text =
    user.status === 'suspended' ? suspensionText(user.suspendedUntil, user.suspensionReason, lang) : t.inactive;
  return (
    <p class="t-error t-account-status" role="status">
      {text}
    </p>
  );
}

function SessionEndNotice() {
  const { api, lang, t } = useWidget();
  if (!api.sessionEnd) return null;
  return (
    <p class="t-error t-account-status" role="status">
      {t.sessionEnded} {problemText(api.sessionEnd, lang)}
    </p>
  );
}

/** A labelled input of the widget (its ids and its `t-` class names). */
function Field(props: Omit<FieldProps, 'id' | 'classPrefix'>) {
  return <LabelledInput {...props} id={useId(props.name)} classPrefix="t-" />;
}

/** The form-level sentence: the fields' own errors are shown next to their inputs, not repeated here. */
function FormError({ error, fields }: { error: unknown; fields: string[] }) {
  const { lang } = useWidget();
  if (!error) return null;
  const onFields = error instanceof ApiError && fields.some((field) => fieldText(error, field, lang));
  return (
    <p class="t-error" role="alert">
      {onFields
        ? problemText(new ApiError(400, { status: 400, code: 'validation.failed' }), lang)
        : problemText(error, lang)}
    </p>
  );
}

function LoginForm({ onDone, onSwitch, onForgot }: { onDone: () => void; onSwitch: () => void; onForgot: () => void }) {
  const { api, lang, t } = useWidget();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const [needsOtp, setNeedsOtp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId('login-title');

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.login(login.trim(), password, needsOtp ? otp.trim() : undefined);
      onDone();
    } catch (caught) {
      if (caught instanceof ApiError && caught.problem.code === 'auth.otp_required') setNeedsOtp(true);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="t-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 id={titleId}>{t.signIn}</h3>
      <Field
        label={t.login}
        name="login"
        required
        autoComplete="username"
        error={fieldText(error, 'login', lang)}
        value={login}
        onInput={setLogin}
      />
      <Field
        label={t.password}
        name="password"
        type="password"
        required
        autoComplete="current-password"
        error={fieldText(error, 'password', lang)}
        value={password}
        onInput={setPassword}
      />
      {needsOtp && (
        <Field
          label={t.otp}
          name="otp"
          required
          autoComplete="one-time-code"
          error={fieldText(error, 'otp', lang)}
          value={otp}
          onInput={setOtp}
        />
      )}
      <FormError error={error} fields={['login', 'password', 'otp']} />
      <div class="t-actions">
        <button type="submit" class="t-btn" disabled={busy}>
          {t.signIn}
        </button>
        <button type="button" class="t-link" onClick={onForgot}>
          {t.forgotPassword}
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

/** Asks for the address, then always says the same thing: nobody learns whether an account has it. */
function ForgotForm({ onBack }: { onBack: () => void }) {
  const { api, lang, t } = useWidget();
  const { email, setEmail, emailError, error, sent, busy, submit } = useForgotPassword(api, t.emailInvalid);
  const titleId = useId('forgot-title');

  return (
    <form class="t-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 id={titleId}>{t.forgotTitle}</h3>
      {sent ? (
        <p class="t-notice" role="status">
          {t.forgotDone}
        </p>
      ) : (
        <>
          <p class="t-hint">{t.forgotIntro}</p>
          <Field
            label={t.email}
            name="email"
            type="email"
            required
            autoComplete="email"
            error={emailError ?? fieldText(error, 'email', lang)}
            value={email}
            onInput={setEmail}
          />
          <FormError error={error} fields={['email']} />
        </>
      )}
      <div class="t-actions">
        {!sent && (
          <button type="submit" class="t-btn" disabled={busy}>
            {t.forgotSend}
          </button>
        )}
        <button type="button" class="t-link" onClick={onBack}>
          {t.backToSignIn}
        </button>
      </div>
    </form>
  );
}

function RegisterForm({ onDone }: { onDone: () => void }) {
  const { api, lang, t } = useWidget();
  const [fields, setFields] = useState({ username: '', email: '', password: '', displayName: '' });
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const titleId = useId('register-title');
  const set = (name: keyof typeof fields) => (value: string) => setFields({ ...fields, [name]: value });
  const fieldError = (name: string) => local[name] ?? fieldText(error, name, lang);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const checks: Record<string, string> = {};
    if (!/^[A-Za-z0-9_.-]{3,32}$/.test(fields.username.trim())) checks.username = t.usernameInvalid;
    if (!EMAIL_SHAPE.test(fields.email.trim())) checks.email = t.emailInvalid;
    if (fields.password.length < 10) checks.password = t.passwordTooShort;
    setLocal(checks);
    if (Object.keys(checks).length > 0) return;
    setBusy(true);
    try {
      await api.register({
        username: fields.username.trim(),
        email: fields.email.trim(),
        password: fields.password,
        ...(fields.displayName.trim() ? { displayName: fields.displayName.trim() } : {}),
      });
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="t-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
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
      <FormError error={error} fields={['username', 'email', 'password', 'displayName']} />
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
