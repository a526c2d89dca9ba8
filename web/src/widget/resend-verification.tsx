import { useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { problemText } from '../shared/problem-text.js';
import { useUser, useWidget } from './context.js';

/** The refusal that tells a reader to confirm their address first (REQUIRE_VERIFIED_EMAIL). */
export const isUnverifiedRefusal = (error: unknown): boolean =>
  error instanceof ApiError && error.problem.code === 'discussions.email_unverified';

/**
 * "Renvoyer le lien de vérification": shown where the widget says the address
 * must be confirmed; asks for one new mail and says what happened (sent, already
 * confirmed, or the server's refusal such as the hourly limit).
 */
export function ResendVerification() {
  const { api, t, lang } = useWidget();
  const user = useUser();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);

  const resend = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await api.ok(api.client.POST('/api/auth/email/verify/resend'));
      setOutcome({ text: t.verificationSent(user?.email ?? null), failed: false });
    } catch (error) {
      const already = error instanceof ApiError && error.problem.code === 'auth.email_already_verified';
      setOutcome(already ? { text: t.alreadyVerified, failed: false } : { text: problemText(error, lang), failed: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="t-actions">
      <button type="button" class="t-btn t-secondary" disabled={busy} onClick={() => void resend()}>
        {busy ? t.resendingVerification : t.resendVerification}
      </button>
      {outcome && (
        <p class={outcome.failed ? 't-error' : 't-notice'} role={outcome.failed ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
