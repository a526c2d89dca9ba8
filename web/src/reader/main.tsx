import { render } from 'preact';
import '../shared/page.css';
import './reader.css';
import { Api, preferredLanguage } from '../shared/api.js';
import { Ctx } from './context.js';
import { messages } from './i18n.js';
import { ProfilePage } from './profile.js';
import { ResetPasswordPage } from './reset-password.js';
import { UnsubscribePage } from './unsubscribe.js';
import { VerifyEmailPage } from './verify-email.js';

/**
 * The reader pages the mails and mentions link to, one HTML for all:
 * `/reset-password`, `/verify-email`, `/unsubscribe` (each with `?token=`)
 * and `/u/<username>`.
 */
function Route() {
  const path = window.location.pathname.replace(/\/+$/, '');
  if (path === '/reset-password') return <ResetPasswordPage />;
  if (path === '/verify-email') return <VerifyEmailPage />;
  if (path === '/unsubscribe') return <UnsubscribePage />;
  const profile = /^\/u\/([^/]+)$/.exec(path);
  if (profile) return <ProfilePage username={decodeURIComponent(profile[1])} />;
  return <NotFound />;
}

function NotFound() {
  const t = messages[lang];
  document.title = `${t.notFoundTitle} — Le Fil numérique`;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href="/">{t.backHome}</a>
      </p>
    </section>
  );
}

const lang = preferredLanguage();
document.documentElement.lang = lang;
const root = document.getElementById('reader')!;
root.replaceChildren();
render(
  <Ctx.Provider value={{ api: new Api(window.location.origin, lang), t: messages[lang], lang }}>
    <Route />
  </Ctx.Provider>,
  root,
);
