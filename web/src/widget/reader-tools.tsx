import { useUser } from './context.js';
import { NotificationBell } from './notifications.js';

/** The reader's tools above the thread: the bell (signed in). */
export function ReaderTools({ threadId }: { threadId: string | null }) {
  const user = useUser();
  if (!user) return null;
  return (
    <div class="t-toolbar">
      <NotificationBell key={user.id} threadId={threadId} />
    </div>
  );
}
