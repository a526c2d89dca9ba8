import '../shared/console.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { L, StaffShell } from '../shared/staff.js';
import { LogView } from './log-view.js';
import { QueueView } from './queue-view.js';
import { WordsView } from './words-view.js';

/** The moderation console: one file per view (queue, audit log, watched words); this one routes by hash. */
const VIEWS = {
  queue: L('File de modération', 'Queue'),
  log: L('Journal', 'Audit log'),
  words: L('Mots surveillés', 'Watched words'),
};
type View = keyof typeof VIEWS;

function Console() {
  const fromHash = (): View => {
    const hash = window.location.hash.slice(1);
    return hash in VIEWS ? (hash as View) : 'queue';
  };
  const [view, setView] = useState<View>(fromHash());
  useEffect(() => {
    const onHash = () => setView(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main class="console" id="main">
      <nav aria-label={L('Sections de la modération', 'Moderation sections')} class="row">
        {(Object.keys(VIEWS) as View[]).map((key) => (
          <a href={`#${key}`} key={key} aria-current={key === view ? 'page' : undefined}>
            {VIEWS[key]}
          </a>
        ))}
      </nav>
      {view === 'queue' && <QueueView />}
      {view === 'log' && <LogView />}
      {view === 'words' && <WordsView />}
    </main>
  );
}

render(
  <StaffShell title={L('Modération', 'Moderation')} current="moderation" roles={['moderator', 'admin']}>
    {() => <Console />}
  </StaffShell>,
  document.getElementById('app')!,
);
