import type { Api } from '../shared/api.js';
import { useForgotPassword } from '../shared/forgot-password.js';
import { fieldText, problemText } from '../shared/problem-text.js';
import { useReader } from './context.js';
import { Field } from './field.js';

/** Where the widget's "Mot de passe oublié ?" was asked (same origin only), stored by the widget. */
export const RETURN_TO_KEY = 'tribune.signInReturnTo';

/**
 * The page to sign in on: the article the reader asked from (opening its
 * sign-in form), else the newest article; the sign-in form lives in the widget.
 */
export async function signInHref(api: Api): Promise<string> {
  let returnTo: string | null;
  try {
    returnTo = localStorage.getItem(RETURN_TO_KEY);
  } catch {
    returnTo = null; // storage refused: fall back to the newest article
  }
  if (returnTo && /^\/articles\/[^/?#]+$/.test(returnTo)) return `${returnTo}#tribune-connexion`;
  try {
    const page = await api.get<{ items: Array<{ slug: string }> }>('/api/articles?limit=1');
    const slug = page.items[0]?.slug;
    return slug ? `/articles/${encodeURIComponent(slug)}#tribune-connexion` : '/';
  } catch {
    return '/';
  }
}

/** "Recevoir un nouveau lien": asks for the address, then always says the same neutral thing. */
export function AskNewLink() {
  const { api, lang, t } = useReader();
  const { email, setEmail, emailError, error, sent, busy, submit } = useForgotPassword(api, t.emailInvalid);
  if (sent) {
    return (
      <p class="notice" role="status">
        {t.linkSent}
      </p>
    );
  }
  const fieldError = emailError ?? fieldText(error, 'email', lang);
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="new-link-title">
      <h2 id="new-link-title">{t.askNewLink}</h2>
      <p>{t.askNewLinkIntro}</p>
      <Field
        label={t.email}
        name="email"
        type="email"
        required
        autoComplete="email"
        error={fieldError}
        value={email}
        onInput={setEmail}
      />
      {error !== null && !fieldError && (
        <p class="error" role="alert">
          {problemText(error, lang)}
        </p>
      )}
      <button type="submit" class="button" disabled={busy}>
        {t.sendLink}
      </button>
    </form>
  );
}
