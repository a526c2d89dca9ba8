import { useEffect, useRef, useState } from 'preact/hooks';
import type { Poll } from '../shared/api-schemas.js';
import { POLL_UPDATED_EVENT, useId, useUser, useWidget } from './context.js';

// The server's shapes, generated from its OpenAPI document (npm run openapi).
export type { Poll, PollOption } from '../shared/api-schemas.js';

/** Votes arriving together are read once: at most one re-read per this delay. */
export const POLL_REREAD_DELAY_MS = 1_000;

function myChoices(poll: Poll): string[] {
  return poll.myVote ?? [];
}

/**
 * One reader poll: the ballot, then the results as bars with whole percentages.
 * The reader's unsent choice survives every re-render: new data for the poll
 * (sign-in, a live `poll.updated`, the article reloaded) replaces the counts,
 * never what the reader ticked.
 */
export function PollView({ initial }: { initial: Poll }) {
  const { api, t, root } = useWidget();
  const user = useUser();
  const [poll, setPoll] = useState(initial);
  const [selected, setSelected] = useState<string[]>(myChoices(initial));
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId('poll');
  /** The reader ticked something not sent yet. */
  const dirty = useRef(false);

  const adopt = (next: Poll) => {
    setPoll(next);
    if (!dirty.current) setSelected(myChoices(next));
  };
  const reread = () =>
    api
      .get<Poll>(`/api/polls/${poll.id}`)
      .then(adopt)
      .catch(() => undefined); // the results on screen stay; the next refresh tries again

  useEffect(() => adopt(initial), [initial]);
  // Visibility ("after_vote") and myVote depend on who asks.
  const firstUser = useRef(true);
  useEffect(() => {
    if (firstUser.current) {
      firstUser.current = false;
      return;
    }
    dirty.current = false;
    void reread();
  }, [user?.id]);
  // Others' votes, live: the thread's stream says `poll.updated`; a burst is read once.
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const changed = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== poll.id || pending) return;
      pending = setTimeout(() => {
        pending = undefined;
        void reread();
      }, POLL_REREAD_DELAY_MS);
    };
    root.addEventListener(POLL_UPDATED_EVENT, changed);
    return () => {
      root.removeEventListener(POLL_UPDATED_EVENT, changed);
      clearTimeout(pending);
    };
  }, [poll.id]);
  // A poll closing by itself at closesAt changes without any write: read it then.
  useEffect(() => {
    if (poll.status !== 'open' || !poll.closesAt) return;
    const wait = Date.parse(poll.closesAt) - Date.now() + 500;
    if (wait > 2_147_483_647) return;
    const timer = setTimeout(() => void reread(), Math.max(0, wait));
    return () => clearTimeout(timer);
  }, [poll.id, poll.status, poll.closesAt]);

  const chosen = myChoices(poll);
  const open = poll.status === 'open';
  const hasResults = poll.options.some(
    (option) => typeof option.percent === 'number' || typeof option.votes === 'number',
  );
  const showBallot = open && !!user && (chosen.length === 0 || changing);
  const multiple = poll.mode === 'multiple';
  const maxChoices = multiple ? (poll.maxChoices ?? poll.options.length) : 1;

  const toggle = (id: string, checked: boolean) => {
    dirty.current = true;
    if (!multiple) setSelected([id]);
    else setSelected(checked ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id));
  };

  const run = async (action: () => Promise<Poll | null>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      const fresh = next ?? (await api.get<Poll>(`/api/polls/${poll.id}`));
      dirty.current = false;
      setPoll(fresh);
      setSelected(myChoices(fresh));
      setChanging(false);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (selected.length === 0) return;
    void run(() =>
      api.ok(
        api.client.PUT('/api/polls/{id}/vote', { params: { path: { id: poll.id } }, body: { optionIds: selected } }),
      ),
    );
  };

  return (
    <section class="t-poll" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span class="t-kicker">{t.poll}</span> {poll.question}
      </h3>
      {showBallot ? (
        <form onSubmit={submit}>
          <fieldset>
            <legend class="t-hint">{multiple ? t.chooseUpTo(maxChoices) : poll.question}</legend>
            {poll.options.map((option) => (
              <label class="t-choice" key={option.id}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`poll-${poll.id}`}
                  value={option.id}
                  checked={selected.includes(option.id)}
                  disabled={multiple && !selected.includes(option.id) && selected.length >= maxChoices}
                  onChange={(event) => toggle(option.id, (event.target as HTMLInputElement).checked)}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          <div class="t-actions">
            <button type="submit" class="t-btn" disabled={busy || selected.length === 0}>
              {t.vote}
            </button>
            {changing && (
              <button type="button" class="t-link" onClick={() => setChanging(false)}>
                {t.cancel}
              </button>
            )}
          </div>
        </form>
      ) : hasResults ? (
        <ul class="t-results" aria-label={poll.question}>
          {poll.options.map((option) => {
            const percent = Math.round(option.percent ?? 0);
            const mine = chosen.includes(option.id);
            return (
              <li key={option.id} class={mine ? 't-mine' : undefined}>
                <div class="t-result-label">
                  <span>
                    {option.label}
                    {mine && <em> ({t.yourChoice})</em>}
                  </span>
                  <strong>{t.percent(percent)}</strong>
                </div>
                <div class="t-bar" aria-hidden="true">
                  <span style={{ width: `${percent}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <ul class="t-options">
          {poll.options.map((option) => (
            <li key={option.id}>{option.label}</li>
          ))}
        </ul>
      )}
      <p class="t-hint">
        {[
          typeof poll.totalVoters === 'number' ? t.voters(poll.totalVoters) : null,
          open ? null : t.pollClosed,
          open && !user ? t.signInToVote : null,
          !hasResults && chosen.length > 0 ? t.resultsLater : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {open && user && chosen.length > 0 && !changing && poll.allowVoteChange !== false && (
        <div class="t-actions">
          <button type="button" class="t-link" onClick={() => setChanging(true)}>
            {t.changeVote}
          </button>
          <button
            type="button"
            class="t-link"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await api.ok(api.client.DELETE('/api/polls/{id}/vote', { params: { path: { id: poll.id } } }));
                return null;
              })
            }
          >
            {t.withdrawVote}
          </button>
        </div>
      )}
      {error && (
        <p class="t-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
