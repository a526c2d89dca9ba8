import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { fieldText, problemText } from '../shared/problem-text.js';
import { titled, tokenParam, useReader } from './context.js';
import { Field } from './field.js';
import { AskNewLink, signInHref } from './ask-new-link.js';

/** `/reset-password?token=…`: the link of the "mot de passe oublié" mail. */
export function ResetPasswordPage() {
  const { api, lang, t } = useReader();
  const token = tokenParam();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<{ password?: string; confirm?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [signIn, setSignIn] = useState('/');
  useEffect(() => titled(t.resetTitle), []);
  useEffect(() => {
    if (done) void signInHref(api).then(setSignIn);
  }, [done]);

  if (!token) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t.resetTitle}</h1>
        <p class="error" role="alert">
          {t.missingToken}
        </p>
        <AskNewLink />
      </section>
    );
  }
  const tokenRefused = error instanceof ApiError && (fieldText(error, 'token', lang) || error.status === 422);
  if (tokenRefused) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t.resetTitle}</h1>
        <p class="error" role="alert">
          {fieldText(error, 'token', lang) ?? problemText(error, lang)}
        </p>
        <AskNewLink />
      </section>
    );
  }
  if (done) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{t.resetTitle}</h1>
        <p class="notice" role="status">
          {t.resetDone}
        </p>
        <p>
          <a class="button" href={signIn}>
            {t.signInNow}
          </a>
        </p>
      </section>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const checks: { password?: string; confirm?: string } = {};
    if (password.length < 10) checks.password = t.passwordTooShort;
    else if (password.length > 256) checks.password = t.passwordTooLong;
    if (!confirm) checks.confirm = t.confirmMissing;
    else if (confirm !== password) checks.confirm = t.passwordsDiffer;
    setLocal(checks);
    if (checks.password || checks.confirm) return;
    setBusy(true);
    try {
      await api.request('POST', '/api/auth/password/reset', { token, password });
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const passwordError = local.password ?? fieldText(error, 'password', lang);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.resetTitle}</h1>
      <p>{t.resetIntro}</p>
      <form class="form" onSubmit={submit} noValidate>
        <Field
          label={t.newPassword}
          name="password"
          type="password"
          required
          autoComplete="new-password"
          hint={t.passwordRules}
          error={passwordError}
          value={password}
          onInput={setPassword}
        />
        <Field
          label={t.confirmPassword}
          name="confirm"
          type="password"
          required
          autoComplete="new-password"
          error={local.confirm}
          value={confirm}
          onInput={setConfirm}
        />
        {error !== null && !passwordError && (
          <p class="error" role="alert">
            {problemText(error, lang)}
          </p>
        )}
        <button type="submit" class="button" disabled={busy}>
          {t.resetSubmit}
        </button>
      </form>
    </section>
  );
}
