import { useEffect, useState } from 'preact/hooks';
import { problemText } from '../shared/problem-text.js';
import { titled, tokenParam, useReader } from './context.js';

type State = { kind: 'working' } | { kind: 'verified' } | { kind: 'refused'; error: unknown };

/** `/verify-email?token=…`: the link of the registration mail; confirms at once and says so, or why not. */
export function VerifyEmailPage() {
  const { api, lang, t } = useReader();
  const token = tokenParam();
  const [state, setState] = useState<State>({ kind: 'working' });
  useEffect(() => {
    titled(t.verifyTitle);
    if (!token) return;
    api
      .request('POST', '/api/auth/email/verify', { token })
      .then(() => setState({ kind: 'verified' }))
      .catch((error: unknown) => setState({ kind: 'refused', error }));
  }, []);

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.verifyTitle}</h1>
      {!token ? (
        <p class="error" role="alert">
          {t.missingToken}
        </p>
      ) : state.kind === 'working' ? (
        <p role="status">{t.verifying}</p>
      ) : state.kind === 'verified' ? (
        <p class="notice" role="status">
          {t.verified}
        </p>
      ) : (
        <>
          <p class="error" role="alert">
            {problemText(state.error, lang)}
          </p>
          <p>{t.verifyInvalidHelp}</p>
        </>
      )}
      <p>
        <a href="/">{t.backHome}</a>
      </p>
    </section>
  );
}
