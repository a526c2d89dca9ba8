import { render } from 'preact';
import { Api, preferredLanguage } from '../shared/api.js';
import { App } from './app.js';
import { Ctx } from './context.js';
import { messages } from './i18n.js';
import { WIDGET_CSS } from './styles.js';

/**
 * /embed.js: mounts the discussion of an article into every
 * `<div data-tribune-article="slug">` of the page. The API is the origin this
 * script was loaded from.
 */
const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src ? new URL(script.src).origin : window.location.origin;
const lang = preferredLanguage();
let api: Api | null = null;

function injectStyles() {
  if (document.getElementById('tribune-styles')) return;
  const style = document.createElement('style');
  style.id = 'tribune-styles';
  style.textContent = WIDGET_CSS;
  document.head.appendChild(style);
}

export function mount(element: HTMLElement): void {
  const slug = element.dataset.tribuneArticle;
  if (!slug || element.dataset.tribuneMounted) return;
  element.dataset.tribuneMounted = 'true';
  performance.mark('tribune:mount');
  injectStyles();
  api ??= new Api(base, lang);
  element.classList.add('tribune');
  element.setAttribute('lang', lang);
  render(
    <Ctx.Provider value={{ api, t: messages[lang], lang }}>
      <App slug={slug} root={element} />
    </Ctx.Provider>,
    element,
  );
}

export function mountAll(): void {
  document.querySelectorAll<HTMLElement>('[data-tribune-article]').forEach(mount);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
