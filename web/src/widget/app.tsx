import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../shared/api.js';
import { useWidget } from './context.js';
import { AuthBar } from './auth.js';
import { ErrorReport } from './error-report.js';
import { PollView, type Poll } from './poll.js';
import { ReaderTools } from './reader-tools.js';
import { ThreadView, type ThreadInfo } from './thread.js';

interface ArticleForWidget {
  slug: string;
  title: string;
  discussionPrompts?: string[];
  thread?: ThreadInfo | null;
  polls?: Array<Poll | { id: string }>;
}

const isFullPoll = (poll: Poll | { id: string }): poll is Poll => Array.isArray((poll as Poll).options);

export function App({ slug, root }: { slug: string; root: HTMLElement }) {
  const { api, t } = useWidget();
  const [article, setArticle] = useState<ArticleForWidget | null>(null);
  const [polls, setPolls] = useState<Poll[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      setError(null);
      await api.restore();
      const loaded = await api.get<ArticleForWidget>(`/api/articles/${encodeURIComponent(slug)}`);
      const full = await Promise.all(
        (loaded.polls ?? []).map((poll) =>
          isFullPoll(poll) ? poll : api.get<Poll>(`/api/polls/${poll.id}`).catch(() => null),
        ),
      );
      if (cancelled) return;
      setArticle(loaded);
      setPolls(full.filter((poll): poll is Poll => poll !== null));
    })().catch((caught: unknown) => {
      if (!cancelled) setError(caught instanceof ApiError ? caught.message : t.loadFailed);
    });
    return () => {
      cancelled = true;
    };
  }, [slug, attempt]);

  if (error) {
    return (
      <p class="t-error" role="alert">
        {t.loadFailed} {error !== t.loadFailed && <span>({error})</span>}{' '}
        <button type="button" class="t-link" onClick={() => setAttempt(attempt + 1)}>
          {t.retry}
        </button>
      </p>
    );
  }
  if (!article) return <p class="t-hint">{t.loading}</p>;
  const prompts = article.discussionPrompts ?? [];
  return (
    <div class="t-root">
      {prompts.length > 0 && (
        <section class="t-prompts" aria-labelledby="tribune-prompts-title">
          <h2 id="tribune-prompts-title">{t.promptsTitle}</h2>
          <ul>
            {prompts.map((prompt, index) => (
              <li key={index}>{prompt}</li>
            ))}
          </ul>
        </section>
      )}
      {polls.map((poll) => (
        <PollView key={poll.id} initial={poll} />
      ))}
      <AuthBar />
      <ReaderTools threadId={article.thread?.id ?? null} slug={article.slug} />
      {article.thread && <ThreadView info={article.thread} />}
      <ErrorReport slug={article.slug} root={root} />
    </div>
  );
}
