import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { useId, useUser, useWidget } from './context.js';
import type { Post } from './post.js';

type Field = 'legalGround' | 'explanation' | 'name' | 'email';

/**
 * "Signaler un contenu illicite": a notice under the EU Digital Services Act
 * (art. 16), open to everyone, signed in or not: the law broken, why, the
 * notifier's e-mail (for the acknowledgement and the decision), an optional
 * name, and the statement of good faith. Each field carries a short help text
 * (aria-describedby) saying what art. 16(2) asks of it: a substantiated
 * explanation, the notifier's name and address except for child sexual abuse
 * material (the address stays required here, to answer), a bona fide statement.
 */
export function DsaNoticeForm({ post, onDone, onCancel }: { post: Post; onDone: () => void; onCancel: () => void }) {
  const { api, t } = useWidget();
  const user = useUser();
  const [fields, setFields] = useState<Record<Field, string>>({
    legalGround: '',
    explanation: '',
    name: user?.displayName ?? '',
    email: user?.email ?? '',
  });
  const [goodFaith, setGoodFaith] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId('dsa-title');
  const base = useId('dsa');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);
  const set = (name: Field) => (event: Event) =>
    setFields({ ...fields, [name]: (event.target as HTMLInputElement | HTMLTextAreaElement).value });

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.ok(
        api.client.POST('/api/dsa/notices', {
          body: {
            postId: post.id,
            legalGround: fields.legalGround.trim(),
            explanation: fields.explanation.trim(),
            email: fields.email.trim(),
            ...(fields.name.trim() ? { name: fields.name.trim() } : {}),
            goodFaith: goodFaith as true,
          },
        }),
      );
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  };

  const described = (name: Field, hint?: boolean) =>
    [hint ? `${base}-${name}-hint` : '', fieldError(name) ? `${base}-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const problem = (name: Field) =>
    fieldError(name) && (
      <small id={`${base}-${name}-error`} class="t-error">
        {fieldError(name)}
      </small>
    );

  return (
    <form class="t-form t-inline t-dsa" aria-labelledby={titleId} onSubmit={submit}>
      <h4 id={titleId}>{t.dsaTitle}</h4>
      <p class="t-hint">{t.dsaIntro}</p>
      <div class="t-field">
        <label for={`${base}-legalGround`}>{t.dsaLegalGround}</label>
        <input
          id={`${base}-legalGround`}
          ref={first}
          required
          maxLength={200}
          value={fields.legalGround}
          onInput={set('legalGround')}
          aria-invalid={fieldError('legalGround') ? 'true' : undefined}
          aria-describedby={described('legalGround', true)}
        />
        <small id={`${base}-legalGround-hint`} class="t-hint">
          {t.dsaLegalGroundHint}
        </small>
        {problem('legalGround')}
      </div>
      <div class="t-field">
        <label for={`${base}-explanation`}>{t.dsaExplanation}</label>
        <textarea
          id={`${base}-explanation`}
          required
          rows={4}
          maxLength={5000}
          value={fields.explanation}
          onInput={set('explanation')}
          aria-invalid={fieldError('explanation') ? 'true' : undefined}
          aria-describedby={described('explanation', true)}
        />
        <small id={`${base}-explanation-hint`} class="t-hint">
          {t.dsaExplanationHint}
        </small>
        {problem('explanation')}
      </div>
      <div class="t-field">
        <label for={`${base}-name`}>{t.dsaName}</label>
        <input
          id={`${base}-name`}
          autoComplete="name"
          maxLength={100}
          value={fields.name}
          onInput={set('name')}
          aria-describedby={described('name', true)}
        />
        <small id={`${base}-name-hint`} class="t-hint">
          {t.dsaNameHint}
        </small>
        {problem('name')}
      </div>
      <div class="t-field">
        <label for={`${base}-email`}>{t.dsaEmail}</label>
        <input
          id={`${base}-email`}
          type="email"
          required
          autoComplete="email"
          maxLength={254}
          value={fields.email}
          onInput={set('email')}
          aria-invalid={fieldError('email') ? 'true' : undefined}
          aria-describedby={described('email', true)}
        />
        <small id={`${base}-email-hint`} class="t-hint">
          {t.dsaEmailHint}
        </small>
        {problem('email')}
      </div>
      <div class="t-field">
        <label class="t-check">
          <input
            type="checkbox"
            required
            checked={goodFaith}
            onChange={(event) => setGoodFaith((event.target as HTMLInputElement).checked)}
            aria-describedby={`${base}-goodFaith-hint`}
          />
          <span>{t.dsaGoodFaith}</span>
        </label>
        <small id={`${base}-goodFaith-hint`} class="t-hint">
          {t.dsaGoodFaithHint}
        </small>
      </div>
      {error && (
        <p class="t-error" role="alert">
          {error.message}
        </p>
      )}
      <div class="t-actions">
        <button type="submit" class="t-btn" disabled={busy}>
          {t.dsaSend}
        </button>
        <button type="button" class="t-link" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
