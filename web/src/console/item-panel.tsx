import { formatDate } from '../shared/api.js';
import { api, L, lang } from '../shared/staff.js';
import type { ItemAction, Outcome } from './actions.js';
import { AppealDecision, NoticeDecision } from './dsa-forms.js';
import { FLAG_LABELS, itemTitle, POST_STATUS, reasonList, REPORT_STATUS, RESOLUTIONS } from './labels.js';
import type { QueueItem } from './types.js';

const nbsp = '\u00a0';

export interface PanelProps {
  item: QueueItem;
  actions: ItemAction[];
  reason: string;
  setReason: (value: string) => void;
  /** Runs an action (or asks for its confirmation first). */
  trigger: (action: ItemAction) => void;
  /** A call made from the panel itself (claim, lock), its outcome shown like an action's. */
  perform: (call: () => Promise<Outcome>) => Promise<void>;
  done: (outcome: Outcome) => void;
  openUser: (id: string) => void;
  filterArticle: (slug: string) => void;
}

export function ItemPanel(props: PanelProps) {
  const { item } = props;
  return (
    <section class="panel" aria-labelledby="item-title">
      <h2 id="item-title">{itemTitle(item)}</h2>
      <ul class="reasons" aria-label={L('Motifs', 'Reasons')}>
        {reasonList(item.reasons).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {item.status === 'resolved' && (
        <p>
          {L(`Traité${nbsp}:`, 'Handled:')}{' '}
          {item.resolution ? (RESOLUTIONS[item.resolution] ?? L('clos', 'closed')) : L('clos', 'closed')}
          {item.resolvedAt && `, ${L('le', 'on')} ${formatDate(item.resolvedAt, lang)}`}
        </p>
      )}
      {item.subject.article && (
        <p>
          {L(`Article${nbsp}:`, 'Article:')}{' '}
          <a href={`/articles/${encodeURIComponent(item.subject.article.slug)}`} target="_blank" rel="noopener">
            {item.subject.article.title}
          </a>{' '}
          <button type="button" class="link" onClick={() => props.filterArticle(item.subject.article!.slug)}>
            {L('seulement cet article', 'only this article')}
          </button>
        </p>
      )}
      {item.subject.type === 'post' ? <PostDetails {...props} /> : <ReportDetails item={item} />}
      {item.kind === 'dsa_notice' && <NoticeDecision key={item.id} item={item} done={props.done} />}
      {item.kind === 'appeal' && <AppealDecision key={item.id} item={item} done={props.done} />}
      {props.actions.length > 0 && (
        <>
          <div class="field">
            <label for="action-reason">
              {item.subject.type === 'post'
                ? L('Motif (consigné au journal et envoyé à l’auteur)', 'Reason (logged and sent to the author)')
                : L('Note (consignée et envoyée à l’auteur du signalement)', 'Note (logged and sent to the reporter)')}
            </label>
            <input
              id="action-reason"
              value={props.reason}
              maxLength={500}
              onInput={(e) => props.setReason((e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="actions">
            {props.actions.map((action) => (
              <button
                type="button"
                key={action.id}
                class={action.danger ? 'btn danger' : 'btn'}
                aria-keyshortcuts={action.key}
                onClick={() => props.trigger(action)}
              >
                {action.label}
                {action.key && <kbd aria-hidden="true">{action.key}</kbd>}
              </button>
            ))}
          </div>
        </>
      )}
      <ClaimAndLock {...props} />
    </section>
  );
}

function PostDetails(props: PanelProps) {
  const { item } = props;
  if (item.subject.type !== 'post') return null;
  const { post, author, flags } = item.subject;
  return (
    <>
      {post && (
        <>
          <p class="muted">
            {L(`Message${nbsp}:`, 'Post:')} <strong>{POST_STATUS[post.status] ?? '—'}</strong> ·{' '}
            {formatDate(post.createdAt, lang)}
          </p>
          {/* Sanitized by the server. */}
          <div class="post-body" dangerouslySetInnerHTML={{ __html: post.html }} />
        </>
      )}
      {author && (
        <p class="muted">
          {L(`Auteur${nbsp}:`, 'Author:')} <strong>{author.username ?? '—'}</strong> · {L('inscrit le', 'joined')}{' '}
          {formatDate(author.createdAt, lang)} · {author.postCount}{' '}
          {author.postCount > 1 ? L('messages', 'posts') : L('message', 'post')} · {author.previousModeration}{' '}
          {L('modération(s) antérieure(s)', 'earlier moderation(s)')}{' '}
          <button type="button" class="btn secondary" aria-keyshortcuts="u" onClick={() => props.openUser(author.id)}>
            {L('Voir le compte', 'View the account')}
            <kbd aria-hidden="true">u</kbd>
          </button>
        </p>
      )}
      {flags.length > 0 && (
        <>
          <h3>{L('Signalements', 'Flags')}</h3>
          <ul>
            {flags.map((flag, index) => (
              <li key={index}>
                {FLAG_LABELS[flag.reason] ?? L('autre', 'other')} — {flag.by?.username ?? '—'}
                {flag.comment && `${nbsp}: «${nbsp}${flag.comment}${nbsp}»`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ReportDetails({ item }: { item: QueueItem }) {
  if (item.subject.type !== 'error_report' || !item.subject.report) return null;
  const report = item.subject.report;
  return (
    <dl>
      <dt>{L('État', 'State')}</dt>
      <dd>{REPORT_STATUS[report.status] ?? '—'}</dd>
      <dt>{L('Passage cité', 'Quoted passage')}</dt>
      <dd>
        «{nbsp}
        {report.quote}
        {nbsp}»
      </dd>
      {report.suggestion && (
        <>
          <dt>{L('Correction proposée', 'Suggested correction')}</dt>
          <dd>{report.suggestion}</dd>
        </>
      )}
      {report.comment && (
        <>
          <dt>{L('Commentaire', 'Comment')}</dt>
          <dd>{report.comment}</dd>
        </>
      )}
    </dl>
  );
}

/** The advisory claim, and the lock of the item's thread (with its inverse as the undo). */
function ClaimAndLock(props: PanelProps) {
  const { item } = props;
  const thread = item.subject.type === 'post' ? item.subject.thread : null;
  const claimedByOther = item.claimedBy && item.claimedBy.id !== api.user?.id;
  const lockCall = (locked: boolean) => () =>
    api.request('POST', `/api/moderation/threads/${thread!.id}/${locked ? 'lock' : 'unlock'}`, {
      ...(props.reason.trim() ? { reason: props.reason.trim() } : {}),
    });
  return (
    <div class="actions">
      {item.status === 'open' &&
        (item.claimedBy?.id === api.user?.id ? (
          <button
            type="button"
            class="btn secondary"
            onClick={() =>
              void props.perform(async () => {
                await api.request('DELETE', `/api/moderation/queue/${item.id}/claim`);
                return { message: L('Élément libéré.', 'Item released.') };
              })
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
              void props.perform(async () => {
                await api.request('POST', `/api/moderation/queue/${item.id}/claim`, {});
                return { message: L('Élément pris en charge.', 'Item claimed.') };
              })
            }
          >
            {claimedByOther
              ? `${L('Pris en charge par', 'Claimed by')} ${item.claimedBy!.username ?? '—'}`
              : L('Prendre en charge', 'Claim')}
          </button>
        ))}
      {thread &&
        (thread.status === 'locked' ? (
          <button
            type="button"
            class="btn secondary"
            onClick={() =>
              void props.perform(async () => {
                await lockCall(false)();
                return { message: L('Discussion déverrouillée.', 'Thread unlocked.'), undo: lockCall(true) };
              })
            }
          >
            {L('Déverrouiller la discussion', 'Unlock the thread')}
          </button>
        ) : (
          <button
            type="button"
            class="btn secondary"
            onClick={() =>
              void props.perform(async () => {
                await lockCall(true)();
                return { message: L('Discussion verrouillée.', 'Thread locked.'), undo: lockCall(false) };
              })
            }
          >
            {L('Verrouiller la discussion', 'Lock the thread')}
          </button>
        ))}
    </div>
  );
}
