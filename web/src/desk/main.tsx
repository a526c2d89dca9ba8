import '../shared/console.css';
import './desk.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { StaffShell } from '../shared/staff.js';
import { ArticleEditor } from './article-editor.js';
import { ArticlesView } from './articles-view.js';
import { ReportsView } from './reports-view.js';

/**
 * The newsroom desk (/redaction), for editors and admins: readers' error
 * reports, articles, their polls and featured comments. Routed by hash:
 * #signalements, #articles, #article-nouveau, #article/<slug>.
 */
type Route = { view: 'reports' } | { view: 'articles' } | { view: 'article'; slug: string | null };

function routeOf(hash: string): Route {
  if (hash === '#articles') return { view: 'articles' };
  if (hash === '#article-nouveau') return { view: 'article', slug: null };
  if (hash.startsWith('#article/'))
    return { view: 'article', slug: decodeURIComponent(hash.slice('#article/'.length)) };
  return { view: 'reports' };
}

const TITLES = { reports: 'Signalements', articles: 'Articles', article: 'Articles' };

function Desk() {
  const [route, setRoute] = useState<Route>(routeOf(window.location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(routeOf(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${TITLES[route.view]} — Rédaction — Tribune`;
  }, [route.view]);
  const inArticles = route.view !== 'reports';
  return (
    <main class="console desk" id="main">
      <nav aria-label="Sections de la rédaction" class="row tabs">
        <a href="#signalements" aria-current={!inArticles ? 'page' : undefined}>
          Signalements
        </a>
        <a href="#articles" aria-current={inArticles ? 'page' : undefined}>
          Articles et sondages
        </a>
      </nav>
      {route.view === 'reports' && <ReportsView />}
      {route.view === 'articles' && <ArticlesView />}
      {route.view === 'article' && <ArticleEditor slug={route.slug} />}
    </main>
  );
}

render(
  <StaffShell title="Rédaction" current="desk" roles={['editor', 'admin']}>
    {() => <Desk />}
  </StaffShell>,
  document.getElementById('app')!,
);
