import { useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { useId, useWidget } from './context.js';
import { authorName, type Post } from './post.js';
import { isUnverifiedRefusal, ResendVerification } from './resend-verification.js';

/** The API's limit on a post's Markdown (API.md: `body` ≤ 20,000 characters; CreatePostDto.maxLength). */
export const MAX_POST_LENGTH = 20_000;

/** Characters as the server counts them (code points: an emoji is one). */
export const lengthOf = (text: string): number => [...text].length;

/** Why a body cannot be sent, in words, or null when it can. */
export function bodyProblem(t: ReturnType<typeof useWidget>['t'], body: string): string | null {
  if (!body.trim()) return t.blankPost;
  const length = lengthOf(body);
  return length > MAX_POST_LENGTH ? t.tooLong(length, MAX_POST_LENGTH) : null;
}

/**
 * A Markdown text area with its counter: no `maxlength` (a long paste would be cut
 * silently); the counter turns red past the limit and sending is refused, saying why.
 */
export function BodyField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  invalid: boolean;
  errorId?: string;
  hint?: string;
  fieldRef?: { current: HTMLTextAreaElement | null };
}) {
  const { t } = useWidget();
  const length = lengthOf(props.value);
  const over = length > MAX_POST_LENGTH;
  const counterId = `${props.id}-counter`;
  const hintId = `${props.id}-hint`;
  return (
    <div class="t-field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        ref={props.fieldRef}
        rows={4}
        aria-describedby={[props.hint ? hintId : '', counterId, props.invalid ? (props.errorId ?? '') : '']
          .filter(Boolean)
          .join(' ')}
        aria-invalid={props.invalid || over ? 'true' : undefined}
        value={props.value}
        onInput={(event) => props.onInput((event.target as HTMLTextAreaElement).value)}
      />
      {props.hint && (
        <small id={hintId} class="t-hint">
          {props.hint}
        </small>
      )}
      <small id={counterId} class={`t-counter${over ? ' t-over' : ''}`}>
        {t.charCount(length, MAX_POST_LENGTH)}
      </small>
    </div>
  );
}

export function Composer(props: {
  threadId: string;
  replyTo: Post | null;
  composerRef: { current: HTMLTextAreaElement | null };
  onCancelReply: () => void;
  onPosted: (post: Post) => void;
}) {
  const { api, t } = useWidget();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [unverified, setUnverified] = useState(false);
  const id = useId('composer');
  const errorId = `${id}-error`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    setUnverified(false);
    const problem = bodyProblem(t, body);
    setError(problem);
    if (problem) {
      props.composerRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const post = await api.ok(
        api.client.POST('/api/threads/{id}/posts', {
          params: { path: { id: props.threadId } },
          body: { body, ...(props.replyTo ? { replyTo: props.replyTo.id } : {}) },
        }),
      );
      setBody('');
      if (post.status === 'pending') setNotice(t.pendingNotice);
      props.onPosted(post);
    } catch (caught) {
      setError(caught instanceof ApiError ? (caught.fieldMessage('body') ?? caught.message) : String(caught));
      setUnverified(isUnverifiedRefusal(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="t-form t-composer" onSubmit={submit} noValidate>
      {props.replyTo && (
        <p class="t-replying">
          {t.replyingTo(props.replyTo.number, authorName(props.replyTo.author))}{' '}
          <button type="button" class="t-link" onClick={props.onCancelReply}>
            {t.cancelReply}
          </button>
        </p>
      )}
      <BodyField
        id={id}
        label={t.yourMessage}
        value={body}
        onInput={setBody}
        invalid={!!error}
        errorId={errorId}
        hint={t.markdownHint}
        fieldRef={props.composerRef}
      />
      {error && (
        <p class="t-error" role="alert" id={errorId}>
          {error}
        </p>
      )}
      {unverified && <ResendVerification />}
      {notice && (
        <p class="t-notice" role="status">
          {notice}
        </p>
      )}
      <div class="t-actions">
        <button type="submit" class="t-btn" disabled={busy}>
          {busy ? t.publishing : t.publish}
        </button>
      </div>
    </form>
  );
}
