import { useState } from 'preact/hooks';
import { formatDate } from '../shared/api.js';
import { api, L, lang } from '../shared/staff.js';
import { FLAG_LABELS, itemTitle, reasonList } from './labels.js';
import type { PostSubject, QueueItem } from './types.js';

export interface Actions {
  approve?: () => Promise<void>;
  reject?: () => Promise<void>;
  buttons: Array<{ label: string; run: () => Promise<void>; danger?: boolean; key?: string }>;
}

export function itemActions(
  item: QueueItem,
  reason: string,
  perform: (label: string, action: () => Promise<unknown>) => Promise<void>,
): Actions {
  const buttons: Actions['buttons'] = [];
  const result: Actions = { buttons };
  const motive = reason.trim() || L('Contraire à la charte de la discussion', 'Against the discussion rules');
  if (item.subject.type === 'post' && item.subject.post) {
    const post = item.subject.post;
    const approve = () =>
      perform(L('Message approuvé.', 'Post approved.'), () =>
        api.request('POST', `/api/moderation/posts/${post.id}/approve`, {}),
      );
    result.approve = approve;
    buttons.push({ label: L('Approuver', 'Approve'), run: approve, key: 'a' });
    if (item.kind === 'pending') {
      const reject = () =>
        perform(L('Message rejeté.', 'Post rejected.'), () =>
          api.request(
            'POST',
            `/api/moderation/posts/${post.id}/reject`,
            reason.trim() ? { reason: reason.trim() } : {},
          ),
        );
      result.reject = reject;
      buttons.push({ label: L('Rejeter', 'Reject'), run: reject, danger: true, key: 'r' });
    }
    const hide = () =>
      perform(L('Message masqué.', 'Post hidden.'), () =>
        api.request('POST', `/api/moderation/posts/${post.id}/hide`, { reason: motive }),
      );
    if (item.kind !== 'pending') result.reject = hide;
    if (post.status !== 'hidden')
      buttons.push({
        label: L('Masquer', 'Hide'),
        run: hide,
        danger: true,
        key: item.kind !== 'pending' ? 'r' : undefined,
      });
    if (post.status === 'hidden')
      buttons.push({
        label: L('Rétablir', 'Restore'),
        run: () =>
          perform(L('Message rétabli.', 'Post restored.'), () =>
            api.request('POST', `/api/moderation/posts/${post.id}/restore`, { reason: motive }),
          ),
      });
  } else if (item.subject.type === 'error_report' && item.subject.report) {
    const report = item.subject.report;
    const patch = (status: string, label: string) => () =>
      perform(label, () =>
        api.request('PATCH', `/api/error-reports/${report.id}`, {
          status,
          ...(reason.trim() ? { note: reason.trim() } : {}),
        }),
      );
    result.approve = patch('accepted', L('Signalement accepté.', 'Report accepted.'));
    result.reject = patch('rejected', L('Signalement rejeté.', 'Report rejected.'));
    buttons.push({ label: L('Accepter', 'Accept'), run: result.approve, key: 'a' });
    buttons.push({
      label: L('Corrigé', 'Fixed'),
      run: patch('fixed', L('Signalement marqué corrigé.', 'Report marked fixed.')),
    });
    buttons.push({
      label: L('Doublon', 'Duplicate'),
      run: patch('duplicate', L('Signalement marqué doublon.', 'Report marked duplicate.')),
    });
    buttons.push({ label: L('Rejeter', 'Reject'), run: result.reject, danger: true, key: 'r' });
  }
  return result;
}

export function ItemPanel(props: {
  item: QueueItem;
  reason: string;
  setReason: (value: string) => void;
  actions: Actions;
  perform: (label: string, action: () => Promise<unknown>) => Promise<void>;
}) {
  const { item, actions, perform } = props;
  const [days, setDays] = useState('7');
  const claimedByOther = item.claimedBy && item.claimedBy.id !== api.user?.id;
  return (
    <section class="panel" aria-labelledby="item-title">
      <h2 id="item-title">{itemTitle(item)}</h2>
      <ul class="reasons" aria-label={L('Motifs', 'Reasons')}>
        {reasonList(item.reasons).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {item.subject.article && (
        <p>
          {L('Article', 'Article')} :{' '}
          <a href={`/articles/${encodeURIComponent(item.subject.article.slug)}`} target="_blank" rel="noopener">
            {item.subject.article.title}
          </a>
        </p>
      )}
      {item.subject.type === 'post' && item.subject.post && (
        <>
          <p class="muted">
            {L('Statut du message', 'Post status')} : <strong>{item.subject.post.status}</strong> ·{' '}
            {formatDate(item.subject.post.createdAt, lang)}
          </p>
          {/* Sanitized by the server. */}
          <div class="post-body" dangerouslySetInnerHTML={{ __html: item.subject.post.html }} />
          {item.subject.author && (
            <p class="muted">
              {L('Auteur', 'Author')} : <strong>{item.subject.author.username ?? '—'}</strong> ·{' '}
              {L('inscrit le', 'joined')} {formatDate(item.subject.author.createdAt, lang)} ·{' '}
              {item.subject.author.postCount} {L('messages', 'posts')} · {item.subject.author.previousModeration}{' '}
              {L('modération(s) antérieure(s)', 'earlier moderation(s)')}
            </p>
          )}
          {item.subject.flags.length > 0 && (
            <>
              <h3>{L('Signalements', 'Flags')}</h3>
              <ul>
                {item.subject.flags.map((flag, index) => (
                  <li key={index}>
                    {FLAG_LABELS[flag.reason] ?? flag.reason} — {flag.by?.username ?? '—'}
                    {flag.comment && ` : « ${flag.comment} »`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {item.subject.type === 'error_report' && item.subject.report && (
        <dl>
          <dt>{L('Passage cité', 'Quoted passage')}</dt>
          <dd>« {item.subject.report.quote} »</dd>
          {item.subject.report.suggestion && (
            <>
              <dt>{L('Correction proposée', 'Suggested correction')}</dt>
              <dd>{item.subject.report.suggestion}</dd>
            </>
          )}
          {item.subject.report.comment && (
            <>
              <dt>{L('Commentaire', 'Comment')}</dt>
              <dd>{item.subject.report.comment}</dd>
            </>
          )}
        </dl>
      )}
      <div class="field">
        <label for="action-reason">{L('Motif (consigné au journal)', 'Reason (written to the log)')}</label>
        <input
          id="action-reason"
          value={props.reason}
          maxLength={500}
          onInput={(e) => props.setReason((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="actions">
        {actions.buttons.map((button) => (
          <button
            type="button"
            key={button.label}
            class={button.danger ? 'btn danger' : 'btn'}
            aria-keyshortcuts={button.key}
            onClick={() => void button.run()}
          >
            {button.label}
            {button.key && <kbd aria-hidden="true">{button.key}</kbd>}
          </button>
        ))}
        {item.claimedBy?.id === api.user?.id ? (
          <button
            type="button"
            class="btn secondary"
            onClick={() =>
              void perform(L('Élément libéré.', 'Item released.'), () =>
                api.request('DELETE', `/api/moderation/queue/${item.id}/claim`),
              )
            }
          >
            {L('Libérer', 'Release')}
          </button>
        ) : (
          <button
            type="button"
            class="btn secondary"
            disabled={!!claimedByOther}
            onClick={() =>
              void perform(L('Élément pris en charge.', 'Item claimed.'), () =>
                api.request('POST', `/api/moderation/queue/${item.id}/claim`, {}),
              )
            }
          >
            {L('Prendre en charge', 'Claim')}
          </button>
        )}
      </div>
      {item.subject.type === 'post' && item.subject.author?.id && (
        <div class="row">
          <div class="field">
            <label for="suspend-days">{L('Durée de suspension', 'Suspension length')}</label>
            <select id="suspend-days" value={days} onChange={(e) => setDays((e.target as HTMLSelectElement).value)}>
              <option value="1">{L('1 jour', '1 day')}</option>
              <option value="7">{L('7 jours', '7 days')}</option>
              <option value="30">{L('30 jours', '30 days')}</option>
            </select>
          </div>
          <button
            type="button"
            class="btn danger"
            onClick={() => {
              const authorId = (item.subject as PostSubject).author!.id;
              const until = new Date(Date.now() + Number(days) * 86_400_000).toISOString();
              void perform(L('Auteur suspendu.', 'Author suspended.'), () =>
                api.request('POST', `/api/moderation/users/${authorId}/suspend`, {
                  until,
                  reason: props.reason.trim() || L('Manquements répétés à la charte', 'Repeated breaches of the rules'),
                }),
              );
            }}
          >
            {L('Suspendre l’auteur', 'Suspend the author')}
          </button>
        </div>
      )}
    </section>
  );
}
