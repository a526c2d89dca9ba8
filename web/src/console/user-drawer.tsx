import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../shared/api.js';
import { api, errorText, L, lang } from '../shared/staff.js';
import { canSanction } from './actions.js';
import { auditAction, POST_STATUS, ROLE_LABELS, USER_STATUS } from './labels.js';
import type { UserContext } from './types.js';

const nbsp = '\u00a0';
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A suspension whose end has passed is over (the server reads it so too). */
const effectiveStatus = (user: UserContext['user']): string =>
  user.status === 'suspended' && user.suspendedUntil && new Date(user.suspendedUntil) <= new Date()
    ? 'active'
    : user.status;

/**
 * A user's context for moderators, in a modal dialog: status, counts, sanctions,
 * last posts, staff notes (add one), pre-moderation on/off, suspend/unsuspend.
 * Actions the rank rule forbids (a moderator on staff, anyone on themselves) are not offered.
 */
export function UserDrawer(props: { userId: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [context, setContext] = useState<UserContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = async () => {
    try {
      setContext(await api.get<UserContext>(`/api/moderation/users/${props.userId}`));
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  useEffect(() => {
    void load();
  }, [props.userId]);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const act = async (message: string, call: () => Promise<unknown>) => {
    setError(null);
    setNotice(null);
    try {
      await call();
      setNotice(message);
      await load();
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const user = context?.user;
  const name = user ? (user.username ?? L('compte effacé', 'erased account')) : '';
  return (
    <dialog ref={dialog} class="drawer" aria-labelledby="drawer-title" onClose={props.onClose} onCancel={props.onClose}>
      <div class="drawer-head">
        <h2 id="drawer-title">{user ? `${L('Compte de', 'Account of')} ${name}` : L('Compte', 'Account')}</h2>
        <button type="button" class="btn secondary" onClick={() => dialog.current?.close()}>
          {L('Fermer', 'Close')}
        </button>
      </div>
      <div aria-live="polite">
        {notice && <p class="notice">{notice}</p>}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
      {!context ? (
        !error && <p>{L('Chargement…', 'Loading…')}</p>
      ) : (
        <>
          <p>
            {user!.displayName && user!.displayName !== user!.username && <>{user!.displayName} · </>}
            {ROLE_LABELS[user!.role]} · {USER_STATUS[effectiveStatus(user!)]}
            {effectiveStatus(user!) === 'suspended' && user!.suspendedUntil && (
              <>
                {' '}
                {L('jusqu’au', 'until')} {formatDate(user!.suspendedUntil, lang)}
              </>
            )}{' '}
            · {L('inscrit le', 'joined')} {formatDate(user!.createdAt, lang)}
          </p>
          {user!.sanctionReason && effectiveStatus(user!) !== 'active' && (
            <p>
              {L(`Motif de la sanction${nbsp}:`, 'Reason:')} {user!.sanctionReason}
            </p>
          )}
          <Counts context={context} />
          {canSanction(user!) ? (
            <>
              <Premoderation context={context} act={act} />
              <Suspension context={context} act={act} />
            </>
          ) : (
            <p class="muted">
              {api.user?.id === user!.id
                ? L('C’est votre propre compte.', 'This is your own account.')
                : L(
                    'Les comptes de l’équipe relèvent d’un administrateur.',
                    'Staff accounts are handled by an administrator.',
                  )}
            </p>
          )}
          <Notes context={context} act={act} />
          <Sanctions context={context} />
          <LastPosts context={context} />
        </>
      )}
    </dialog>
  );
}

type Act = (message: string, call: () => Promise<unknown>) => Promise<void>;

function Counts({ context }: { context: UserContext }) {
  const c = context.counts;
  const rows: Array<[string, number]> = [
    [L('Messages', 'Posts'), c.posts],
    [L('Publiés', 'Published'), c.visible],
    [L('En attente', 'Pending'), c.pending],
    [L('Masqués', 'Hidden'), c.hidden],
    [L('Rejetés', 'Rejected'), c.rejected],
    [L('Supprimés par l’auteur', 'Deleted by the author'), c.deleted],
    [L('Signalements reçus', 'Flags received'), c.flagsReceived],
  ];
  return (
    <dl class="counts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Premoderation({ context, act }: { context: UserContext; act: Act }) {
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('0');
  const id = context.user.id;
  const current = context.premoderation;
  if (current)
    return (
      <section aria-labelledby="premod-title">
        <h3 id="premod-title">{L('Pré-modération', 'Pre-moderation')}</h3>
        <p>
          {L('Ses messages attendent une validation', 'Their posts wait for approval')}{' '}
          {current.until
            ? `${L('jusqu’au', 'until')} ${formatDate(current.until, lang)}`
            : L('jusqu’à ce qu’elle soit levée', 'until lifted')}
          {current.reason && ` (${current.reason})`}.
        </p>
        <button
          type="button"
          class="btn secondary"
          onClick={() =>
            void act(L('Pré-modération levée.', 'Pre-moderation lifted.'), () =>
              api.request('DELETE', `/api/moderation/users/${id}/premoderate`),
            )
          }
        >
          {L('Lever la pré-modération', 'Lift pre-moderation')}
        </button>
      </section>
    );
  return (
    <form
      aria-labelledby="premod-title"
      onSubmit={(event) => {
        event.preventDefault();
        void act(
          L('Ses prochains messages attendront une validation.', 'Their next posts will wait for approval.'),
          () =>
            api.request('POST', `/api/moderation/users/${id}/premoderate`, {
              reason: reason.trim(),
              ...(days !== '0' ? { until: inDays(Number(days)) } : {}),
            }),
        );
      }}
    >
      <h3 id="premod-title">{L('Pré-modération', 'Pre-moderation')}</h3>
      <div class="row">
        <div class="field">
          <label for="premod-reason">{L('Motif', 'Reason')}</label>
          <input
            id="premod-reason"
            required
            maxLength={500}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="premod-days">{L('Durée', 'Length')}</label>
          <select id="premod-days" value={days} onChange={(e) => setDays((e.target as HTMLSelectElement).value)}>
            <option value="0">{L('jusqu’à levée', 'until lifted')}</option>
            <option value="7">{L('7 jours', '7 days')}</option>
            <option value="30">{L('30 jours', '30 days')}</option>
          </select>
        </div>
        <button type="submit" class="btn">
          {L('Soumettre ses messages à validation', 'Hold their posts for approval')}
        </button>
      </div>
    </form>
  );
}

function Suspension({ context, act }: { context: UserContext; act: Act }) {
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('7');
  const user = context.user;
  const status = effectiveStatus(user);
  if (status === 'banned')
    return (
      <p class="muted">
        {L(
          'Compte banni\u00a0: seul un administrateur peut lever le bannissement.',
          'Banned: only an administrator can lift it.',
        )}
      </p>
    );
  if (status === 'suspended')
    return (
      <section aria-labelledby="suspend-title">
        <h3 id="suspend-title">{L('Suspension', 'Suspension')}</h3>
        <button
          type="button"
          class="btn secondary"
          onClick={() =>
            void act(L('Suspension levée.', 'Suspension lifted.'), () =>
              api.request('POST', `/api/moderation/users/${user.id}/unsuspend`, {}),
            )
          }
        >
          {L('Lever la suspension', 'Lift the suspension')}
        </button>
      </section>
    );
  return (
    <form
      aria-labelledby="suspend-title"
      onSubmit={(event) => {
        event.preventDefault();
        void act(L('Compte suspendu.', 'Account suspended.'), () =>
          api.request('POST', `/api/moderation/users/${user.id}/suspend`, {
            until: inDays(Number(days)),
            reason: reason.trim(),
          }),
        );
      }}
    >
      <h3 id="suspend-title">{L('Suspension', 'Suspension')}</h3>
      <div class="row">
        <div class="field">
          <label for="suspend-reason">{L('Motif (envoyé au lecteur)', 'Reason (sent to the reader)')}</label>
          <input
            id="suspend-reason"
            required
            maxLength={500}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="suspend-days">{L('Durée', 'Length')}</label>
          <select id="suspend-days" value={days} onChange={(e) => setDays((e.target as HTMLSelectElement).value)}>
            <option value="1">{L('1 jour', '1 day')}</option>
            <option value="3">{L('3 jours', '3 days')}</option>
            <option value="7">{L('7 jours', '7 days')}</option>
            <option value="30">{L('30 jours', '30 days')}</option>
          </select>
        </div>
        <button type="submit" class="btn danger">
          {L('Suspendre', 'Suspend')}
        </button>
      </div>
    </form>
  );
}

function Notes({ context, act }: { context: UserContext; act: Act }) {
  const [body, setBody] = useState('');
  return (
    <section aria-labelledby="notes-title">
      <h3 id="notes-title">{L('Notes de l’équipe', 'Staff notes')}</h3>
      {context.notes.length === 0 ? (
        <p class="muted">{L('Aucune note.', 'No notes.')}</p>
      ) : (
        <ul>
          {context.notes.map((note) => (
            <li key={note.id}>
              {note.body}{' '}
              <span class="muted">
                — {note.author ?? '—'}, {formatDate(note.createdAt, lang)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void act(L('Note ajoutée.', 'Note added.'), async () => {
            await api.request('POST', `/api/moderation/users/${context.user.id}/notes`, { body: body.trim() });
            setBody('');
          });
        }}
      >
        <div class="field">
          <label for="note-body">{L('Nouvelle note (visible de l’équipe seulement)', 'New note (staff only)')}</label>
          <textarea
            id="note-body"
            rows={2}
            required
            maxLength={2000}
            value={body}
            onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)}
          />
        </div>
        <button type="submit" class="btn secondary">
          {L('Ajouter la note', 'Add the note')}
        </button>
      </form>
    </section>
  );
}

function Sanctions({ context }: { context: UserContext }) {
  return (
    <section aria-labelledby="sanctions-title">
      <h3 id="sanctions-title">{L('Sanctions', 'Sanctions')}</h3>
      {context.sanctions.length === 0 ? (
        <p class="muted">{L('Aucune sanction.', 'No sanctions.')}</p>
      ) : (
        <ul>
          {context.sanctions.map((sanction, index) => (
            <li key={index}>
              {auditAction(sanction.action)} — {formatDate(sanction.createdAt, lang)}
              {sanction.by && `, ${L('par', 'by')} ${sanction.by}`}
              {sanction.reason && `${nbsp}: ${sanction.reason}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LastPosts({ context }: { context: UserContext }) {
  return (
    <section aria-labelledby="posts-title">
      <h3 id="posts-title">{L('Derniers messages', 'Last posts')}</h3>
      {context.lastPosts.length === 0 ? (
        <p class="muted">{L('Aucun message.', 'No posts.')}</p>
      ) : (
        <ul class="history">
          {context.lastPosts.map((post) => (
            <li key={post.id}>
              <a href={`/articles/${encodeURIComponent(post.article.slug)}`} target="_blank" rel="noopener">
                {post.article.title}
              </a>{' '}
              · n°{nbsp}
              {post.number} · {POST_STATUS[post.status]} · {formatDate(post.createdAt, lang)}
              <div class="excerpt">{post.excerpt}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
