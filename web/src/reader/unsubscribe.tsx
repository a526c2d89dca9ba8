import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { problemText } from '../shared/problem-text.js';
import { titled, tokenParam, useReader } from './context.js';

/**
 * The kind of mail a link turns off, read from its token
 * (`<userId>.<kind>.<issuedAt>.<signature>`; the kind is not secret, the server checks the signature).
 */
function kindOf(token: string): string | null {
  const parts = token.split('.');
  return parts.length === 4 ? parts[1] : null;
}

type State = 'ask' | 'done' | 'already' | 'refused';

/** `/unsubscribe?token=…`: the link at the foot of every notification mail; says what stops, then confirms. */
export function UnsubscribePage() {
  const { api, lang, t } = useReader();
  const token = tokenParam();
  const [state, setState] = useState<State>('ask');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => titled(t.unsubscribeTitle), []);
  const kind = token ? kindOf(token) : null;
  const what = (kind && t.kinds[kind]) ?? t.someMail;

  const confirm = async () => {
    setBusy(true);
    try {
      await api.request('POST', `/api/unsubscribe?token=${encodeURIComponent(token!)}`);
      setState('done');
    } catch (caught) {
      setError(caught);
      setState(
        caught instanceof ApiError && caught.problem.code === 'notifications.already_unsubscribed'
          ? 'already'
          : 'refused',
      );
    } finally {
      setBusy(false);
    }
  };

  let content;
  if (!token || (!kind && state === 'ask')) {
    content = (
      <p class="error" role="alert">
        {t.missingToken}
      </p>
    );
  } else if (state === 'ask') {
    content = (
      <>
        <p>{t.unsubscribeAsk(what)}</p>
        <button type="button" class="button" disabled={busy} onClick={() => void confirm()}>
          {t.unsubscribeConfirm}
        </button>
      </>
    );
  } else if (state === 'done') {
    content = (
      <p class="notice" role="status">
        {t.unsubscribeDone(what)}
      </p>
    );
  } else if (state === 'already') {
    content = (
      <p class="notice" role="status">
        {t.unsubscribeAlready(what)}
      </p>
    );
  } else {
    content = (
      <p class="error" role="alert">
        {problemText(error, lang)}
      </p>
    );
  }
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.unsubscribeTitle}</h1>
      {content}
      <p>
        <a href="/">{t.backHome}</a>
      </p>
    </section>
  );
}
