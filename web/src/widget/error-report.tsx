import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { useId, useUser, useWidget } from './context.js';

const MAX_QUOTE = 1000;

/**
 * Whether the page's selection lies in the widget's shadow tree: the document's
 * Selection does not show nodes inside a shadow root (Chromium retargets them to
 * the host's parent), so the shadow root is asked (getComposedRanges where the
 * browser has it, else Chromium's ShadowRoot.getSelection).
 */
function selectionInsideWidget(host: HTMLElement, selection: Selection): boolean {
  const shadow = host.shadowRoot;
  if (!shadow) return false;
  const composed = (
    selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }
  ).getComposedRanges;
  if (composed) {
    const [range] = composed.call(selection, { shadowRoots: [shadow] });
    if (range && shadow.contains(range.startContainer)) return true;
  }
  const own = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  return !!own && own.rangeCount > 0 && !!own.anchorNode && shadow.contains(own.anchorNode);
}

/**
 * "Une erreur dans cette actualité ? Signalez-nous-la !": the form, and the
 * floating "Signaler une erreur" button shown over a text selection made in the
 * article (anywhere on the page outside the widget), which pre-fills the quote.
 */
export function ErrorReport({ slug, root }: { slug: string; root: HTMLElement }) {
  const { api, t } = useWidget();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState({ quote: '', suggestion: '', comment: '', email: '' });
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [floating, setFloating] = useState<{ top: number; left: number; text: string } | null>(null);
  const suggestionRef = useRef<HTMLTextAreaElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const titleId = useId('report');
  const ids = {
    quote: useId('quote'),
    suggestion: useId('suggestion'),
    comment: useId('comment'),
    email: useId('email'),
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const selection = document.getSelection();
      const text = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
      if (!selection || selection.rangeCount === 0 || !text || text.length > MAX_QUOTE) {
        setFloating(null);
        return;
      }
      const range = selection.getRangeAt(0);
      if (root.contains(range.commonAncestorContainer) || selectionInsideWidget(root, selection)) {
        setFloating(null);
        return;
      }
      const rect = range.getBoundingClientRect();
      setFloating({
        top: Math.max(8, Math.min(rect.bottom + 6, window.innerHeight - 48)),
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 200)),
        text,
      });
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(update, 120);
    };
    document.addEventListener('selectionchange', onChange);
    window.addEventListener('scroll', onChange, { passive: true });
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
      window.removeEventListener('scroll', onChange);
    };
  }, [root]);

  const useSelection = () => {
    if (!floating) return;
    setFields({ ...fields, quote: floating.text });
    setFloating(null);
    setOpen(true);
    setDone(false);
    setTimeout(() => {
      sectionRef.current?.scrollIntoView({ block: 'center' });
      suggestionRef.current?.focus();
    }, 0);
  };

  const set = (name: keyof typeof fields) => (event: Event) =>
    setFields({ ...fields, [name]: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldMessage(name) : undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: Record<string, string> = { quote: fields.quote.trim() };
      if (fields.suggestion.trim()) body.suggestion = fields.suggestion.trim();
      if (fields.comment.trim()) body.comment = fields.comment.trim();
      if (!user && fields.email.trim()) body.email = fields.email.trim();
      await api.request('POST', `/api/articles/${encodeURIComponent(slug)}/error-reports`, body);
      setDone(true);
      setFields({ quote: '', suggestion: '', comment: '', email: '' });
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="t-report" aria-labelledby={titleId} ref={sectionRef}>
      <h3 id={titleId}>
        <button type="button" class="t-disclosure" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t.reportTitle}
        </button>
      </h3>
      {done && (
        <p class="t-notice" role="status">
          {t.reportDone}
        </p>
      )}
      {open && (
        <form class="t-form" onSubmit={submit}>
          <p class="t-hint">{t.reportIntro}</p>
          <div class="t-field">
            <label for={ids.quote}>{t.reportQuote}</label>
            <textarea
              id={ids.quote}
              name="quote"
              rows={2}
              required
              maxLength={MAX_QUOTE}
              value={fields.quote}
              onInput={set('quote')}
              aria-invalid={fieldError('quote') ? 'true' : undefined}
            />
            {fieldError('quote') && <small class="t-error">{fieldError('quote')}</small>}
          </div>
          <div class="t-field">
            <label for={ids.suggestion}>{t.reportSuggestion}</label>
            <textarea
              id={ids.suggestion}
              name="suggestion"
              ref={suggestionRef}
              rows={2}
              maxLength={2000}
              value={fields.suggestion}
              onInput={set('suggestion')}
            />
          </div>
          <div class="t-field">
            <label for={ids.comment}>{t.reportComment}</label>
            <textarea
              id={ids.comment}
              name="comment"
              rows={2}
              maxLength={2000}
              value={fields.comment}
              onInput={set('comment')}
            />
          </div>
          {!user && (
            <div class="t-field">
              <label for={ids.email}>{t.reportEmail}</label>
              <input
                id={ids.email}
                name="email"
                type="email"
                autoComplete="email"
                value={fields.email}
                onInput={set('email')}
              />
            </div>
          )}
          {error && (
            <p class="t-error" role="alert">
              {error.message}
            </p>
          )}
          <div class="t-actions">
            <button type="submit" class="t-btn" disabled={busy}>
              {t.reportSend}
            </button>
            <button type="button" class="t-link" onClick={() => setOpen(false)}>
              {t.close}
            </button>
          </div>
        </form>
      )}
      {floating && (
        <button
          type="button"
          class="t-selection"
          style={{ top: `${floating.top}px`, left: `${floating.left}px` }}
          // Keep the selection: a mousedown on a button would otherwise clear it first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={useSelection}
        >
          {t.selectionButton}
        </button>
      )}
    </section>
  );
}
