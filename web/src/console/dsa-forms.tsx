import { useState } from 'preact/hooks';
import { api, errorText, L } from '../shared/staff.js';
import type { Outcome } from './actions.js';
import type { QueueItem } from './types.js';

const nbsp = '\u00a0';

/**
 * The decision on a notice of illegal content (DSA art. 16): remove the post (hide it)
 * or keep it, with the statement of reasons (art. 17) that the author and the
 * notifiers receive. Removing without a statement is impossible.
 */
export function NoticeDecision(props: { item: QueueItem; done: (outcome: Outcome) => void }) {
  const { item } = props;
  const post = item.subject.type === 'post' ? item.subject.post : null;
  const [decision, setDecision] = useState<'remove' | 'keep'>(post?.status === 'hidden' ? 'keep' : 'remove');
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!post || item.status !== 'open') return null;
  const submit = async (event: Event) => {
    event.preventDefault();
    const text = statement.trim();
    if (!text) {
      setError(L('Rédigez l’exposé des motifs.', 'Write the statement of reasons.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (decision === 'remove') {
        await api.request('POST', `/api/moderation/posts/${post.id}/hide`, { reason: text });
        props.done({
          message: L(
            'Message retiré\u202f; l’auteur et les notifiants sont informés.',
            'Post removed; author and notifiers told.',
          ),
          undo: () =>
            api.request('POST', `/api/moderation/posts/${post.id}/restore`, {
              reason: L('Décision annulée aussitôt par le modérateur', 'Decision undone at once by the moderator'),
            }),
        });
      } else {
        await api.request('POST', `/api/moderation/posts/${post.id}/approve`, { reason: text });
        props.done({
          message: L('Message maintenu\u202f; les notifiants sont informés.', 'Post kept; notifiers told.'),
        });
      }
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="decision" onSubmit={submit} aria-labelledby="notice-title">
      <h3 id="notice-title">{L('Décision sur la notification', 'Decision on the notice')}</h3>
      {!!item.reasons.legalGrounds?.length && (
        <p>
          {L(`Motifs juridiques invoqués${nbsp}:`, 'Legal grounds cited:')} {item.reasons.legalGrounds.join('\u202f; ')}
        </p>
      )}
      <fieldset>
        <legend>{L('Décision', 'Decision')}</legend>
        {post.status !== 'hidden' && (
          <label class="choice">
            <input
              type="radio"
              name="notice-decision"
              checked={decision === 'remove'}
              onChange={() => setDecision('remove')}
            />{' '}
            {L('Retirer le message (il est masqué)', 'Remove the post (it is hidden)')}
          </label>
        )}
        <label class="choice">
          <input
            type="radio"
            name="notice-decision"
            checked={decision === 'keep'}
            onChange={() => setDecision('keep')}
          />{' '}
          {post.status === 'hidden'
            ? L('Rétablir le message\u00a0: il n’est pas illicite', 'Restore the post: it is not illegal')
            : L('Maintenir le message\u00a0: il n’est pas illicite', 'Keep the post: it is not illegal')}
        </label>
      </fieldset>
      <div class="field">
        <label for="notice-statement">
          {L(
            'Exposé des motifs (envoyé à l’auteur et aux notifiants)',
            'Statement of reasons (sent to the author and notifiers)',
          )}
        </label>
        <textarea
          id="notice-statement"
          rows={4}
          maxLength={500}
          required
          value={statement}
          onInput={(e) => setStatement((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class={decision === 'remove' ? 'btn danger' : 'btn'} disabled={busy}>
        {L('Rendre la décision', 'Decide')}
      </button>
    </form>
  );
}

/** An appeal against a decision (DSA art. 20): uphold it, or reverse it (the post is restored). */
export function AppealDecision(props: { item: QueueItem; done: (outcome: Outcome) => void }) {
  const appeal = props.item.reasons.appeal;
  const [outcome, setOutcome] = useState<'upheld' | 'reversed'>('upheld');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!appeal || props.item.status !== 'open') return null;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!note.trim()) {
      setError(L('Rédigez la réponse motivée.', 'Write the reasoned answer.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.request('POST', `/api/moderation/appeals/${appeal.id}/decide`, { outcome, note: note.trim() });
      props.done({
        message:
          outcome === 'reversed'
            ? L(
                'Recours accepté\u00a0: décision annulée, message rétabli.',
                'Appeal granted: decision reversed, post restored.',
              )
            : L('Recours rejeté\u00a0: décision maintenue.', 'Appeal dismissed: decision upheld.'),
      });
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="decision" onSubmit={submit} aria-labelledby="appeal-title">
      <h3 id="appeal-title">{L('Recours de l’auteur', 'The author’s appeal')}</h3>
      <blockquote class="post-body">{appeal.explanation}</blockquote>
      <fieldset>
        <legend>{L('Issue du recours', 'Outcome')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="appeal-outcome"
            checked={outcome === 'upheld'}
            onChange={() => setOutcome('upheld')}
          />{' '}
          {L('Maintenir la décision', 'Uphold the decision')}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="appeal-outcome"
            checked={outcome === 'reversed'}
            onChange={() => setOutcome('reversed')}
          />{' '}
          {L('Annuler la décision et rétablir le message', 'Reverse the decision and restore the post')}
        </label>
      </fieldset>
      <div class="field">
        <label for="appeal-note">
          {L('Réponse motivée (envoyée à l’auteur)', 'Reasoned answer (sent to the author)')}
        </label>
        <textarea
          id="appeal-note"
          rows={4}
          maxLength={2000}
          required
          value={note}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn" disabled={busy}>
        {L('Trancher le recours', 'Decide the appeal')}
      </button>
    </form>
  );
}
