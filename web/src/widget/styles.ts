/**
 * The widget's styles, inside its shadow root (no extra request, no build-time CSS
 * file). `:host { all: initial }` stops the page's inherited properties too.
 */
export const WIDGET_CSS = `
:host{all:initial;display:block}
.tribune{--t-fg:#1b1b1f;--t-muted:#4a4a55;--t-line:#c9c9d2;--t-accent:#0a4fb8;--t-accent-fg:#fff;--t-bg:#fff;--t-soft:#f2f4f8;--t-danger:#a3141b;--t-ok:#0d6b2f;
  font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--t-fg);background:var(--t-bg);max-width:46rem;margin:2rem 0;}
.tribune *{box-sizing:border-box}
.tribune h2{font-size:1.35rem;margin:0 0 .5rem}
.tribune h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
.tribune :focus-visible{outline:3px solid var(--t-accent);outline-offset:2px}
.tribune .t-prompts{border-left:4px solid var(--t-accent);background:var(--t-soft);padding:.75rem 1rem;margin-bottom:1rem}
.tribune .t-prompts ul{margin:.25rem 0 0;padding-left:1.25rem}
.tribune .t-btn{font:inherit;border:1px solid var(--t-accent);background:var(--t-accent);color:var(--t-accent-fg);padding:.4rem .9rem;border-radius:.3rem;cursor:pointer}
.tribune .t-btn.t-secondary{background:var(--t-bg);color:var(--t-accent)}
.tribune .t-btn.t-danger{background:var(--t-danger);border-color:var(--t-danger)}
.tribune .t-btn[disabled]{opacity:.6;cursor:not-allowed}
.tribune .t-link{font:inherit;border:0;background:none;color:var(--t-accent);text-decoration:underline;cursor:pointer;padding:.2rem .3rem}
.tribune .t-icon{font:inherit;font-size:.9rem;border:1px solid var(--t-line);background:var(--t-bg);color:var(--t-fg);border-radius:.3rem;min-width:2rem;min-height:2rem;padding:.15rem .5rem;cursor:pointer}
.tribune .t-icon[aria-pressed="true"]{background:var(--t-accent);color:var(--t-accent-fg);border-color:var(--t-accent)}
.tribune .t-icon[disabled]{opacity:.55;cursor:not-allowed}
.tribune .t-actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.5rem}
.tribune .t-auth{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;padding:.75rem 0;border-top:1px solid var(--t-line);border-bottom:1px solid var(--t-line)}
.tribune .t-form{display:block;width:100%}
.tribune .t-form h3{margin-top:0}
.tribune .t-field{display:flex;flex-direction:column;margin:.5rem 0}
.tribune label{font-weight:600}
.tribune input,.tribune textarea,.tribune select{font:inherit;color:var(--t-fg);background:var(--t-bg);border:1px solid #767683;border-radius:.3rem;padding:.4rem .5rem;max-width:100%}
.tribune textarea{width:100%;resize:vertical}
.tribune [aria-invalid="true"]{border-color:var(--t-danger)}
.tribune .t-hint{color:var(--t-muted);font-size:.9rem}
.tribune .t-error{color:var(--t-danger);font-size:.95rem}
.tribune .t-notice{color:var(--t-ok);background:#eaf5ee;padding:.5rem .75rem;border-radius:.3rem}
.tribune .t-poll{border:1px solid var(--t-line);border-radius:.4rem;padding:.75rem 1rem;margin:1rem 0}
.tribune .t-poll fieldset{border:0;padding:0;margin:0}
.tribune .t-kicker{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;background:var(--t-accent);color:var(--t-accent-fg);padding:.05rem .4rem;border-radius:.2rem;vertical-align:middle}
.tribune .t-choice{display:flex;gap:.5rem;align-items:center;font-weight:400;padding:.2rem 0}
.tribune .t-results{list-style:none;padding:0;margin:0}
.tribune .t-results li{margin:.4rem 0}
.tribune .t-result-label{display:flex;justify-content:space-between;gap:1rem}
.tribune .t-bar{height:.6rem;background:var(--t-soft);border-radius:.3rem;overflow:hidden;border:1px solid var(--t-line)}
.tribune .t-bar span{display:block;height:100%;background:var(--t-accent)}
.tribune .t-mine .t-bar span{background:var(--t-ok)}
.tribune .t-fresh{display:block;width:100%;font:inherit;font-weight:600;background:var(--t-accent);color:var(--t-accent-fg);border:0;border-radius:.3rem;padding:.5rem;cursor:pointer;margin:.5rem 0;position:sticky;top:0;z-index:1}
.tribune .t-post{border-bottom:1px solid var(--t-line);padding:.75rem 0}
.tribune .t-post-head{display:flex;flex-wrap:wrap;gap:.6rem;align-items:baseline}
.tribune .t-number,.tribune time{color:var(--t-muted);font-size:.9rem}
.tribune .t-badge{font-size:.8rem;background:#fff4d6;color:#5c4400;border:1px solid #e0b54a;border-radius:.2rem;padding:0 .35rem}
.tribune .t-replyto{margin:.2rem 0;font-size:.9rem}
.tribune .t-body{overflow-wrap:anywhere}
.tribune .t-body p{margin:.35rem 0}
.tribune .t-body blockquote{border-left:3px solid var(--t-line);margin:.35rem 0;padding-left:.75rem;color:var(--t-muted)}
.tribune .t-placeholder{font-style:italic;color:var(--t-muted)}
.tribune .t-pending .t-body{opacity:.85}
.tribune .t-post-actions{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin-top:.3rem}
.tribune .t-vote{display:inline-flex;gap:.3rem;align-items:center;margin-right:.5rem}
.tribune .t-score{min-width:1.5rem;text-align:center;font-weight:600}
.tribune .t-inline{background:var(--t-soft);padding:.5rem .75rem;border-radius:.3rem;margin-top:.4rem}
.tribune .t-confirm{display:flex;gap:.5rem;align-items:center;margin-top:.4rem}
.tribune .t-more{margin:.75rem 0}
.tribune .t-composer{margin-top:1rem}
.tribune .t-replying{background:var(--t-soft);padding:.3rem .6rem;border-radius:.3rem}
.tribune .t-report{margin-top:1.5rem;border-top:2px solid var(--t-fg);padding-top:.5rem}
.tribune .t-disclosure{font:inherit;font-weight:700;border:0;background:none;color:var(--t-fg);padding:0;cursor:pointer;text-align:left}
.tribune .t-disclosure::before{content:"▸ ";color:var(--t-accent)}
.tribune .t-disclosure[aria-expanded="true"]::before{content:"▾ "}
.tribune .t-selection{position:fixed;z-index:2147483000;font:600 14px/1.2 system-ui,sans-serif;background:var(--t-danger);color:#fff;border:0;border-radius:.3rem;padding:.45rem .7rem;box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer}
.tribune .t-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.tribune .t-toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between;margin:.75rem 0}
.tribune .t-bell{position:relative}
.tribune .t-bell-icon{vertical-align:-2px}
.tribune .t-count{display:inline-block;min-width:1.4rem;padding:0 .35rem;border-radius:1rem;background:var(--t-soft);color:var(--t-fg);font-weight:700;text-align:center}
.tribune .t-count.t-unread{background:var(--t-danger);color:#fff}
.tribune .t-bell-panel{border:1px solid var(--t-line);border-radius:.4rem;padding:.5rem .75rem;margin-top:.4rem;background:var(--t-bg);max-height:28rem;overflow:auto}
.tribune .t-notifications{list-style:none;margin:0;padding:0}
.tribune .t-notifications li{border-top:1px solid var(--t-line);padding:.5rem 0}
.tribune .t-notifications li.t-new{border-left:4px solid var(--t-accent);padding-left:.5rem}
.tribune .t-notif-text{margin:0;font-weight:600}
.tribune .t-read .t-notif-text{font-weight:400}
.tribune .t-notif-meta{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:.2rem 0 0;font-size:.9rem}
.tribune .t-excerpt{margin:.2rem 0}
.tribune .t-username{color:var(--t-muted);font-size:.9rem}
.tribune .t-role{font-size:.8rem;background:var(--t-accent);color:var(--t-accent-fg);border-radius:.2rem;padding:0 .35rem}
.tribune .t-featured-badge{font-size:.8rem;background:#e6f0ff;color:#0a3a86;border:1px solid #7fa7e6;border-radius:.2rem;padding:0 .35rem}
.tribune .t-featured{border:2px solid #7fa7e6;border-radius:.4rem;padding:.25rem .75rem;margin:1rem 0;background:#f7faff}
.tribune .t-featured h4{margin:.5rem 0 0;font-size:1rem}
.tribune .t-replies{margin:.25rem 0 0 1.5rem;border-left:3px solid var(--t-line);padding-left:.75rem}
.tribune .t-replies .t-post:last-child{border-bottom:0}
.tribune .t-sort{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;border:0;margin:0 0 .5rem;padding:0}
.tribune .t-sort legend{float:left;margin-right:.5rem;font-weight:600;padding:0}
.tribune .t-sort label{font-weight:400;display:inline-flex;gap:.3rem;align-items:center}
.tribune .t-counter{display:block;font-size:.9rem;color:var(--t-muted)}
.tribune .t-counter.t-over{color:var(--t-danger);font-weight:700}
.tribune .t-search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.tribune .t-search .t-field{flex:1 1 14rem;margin:0}
.tribune .t-hits{list-style:none;padding:0;margin:.5rem 0}
.tribune .t-hits li{padding:.4rem 0;border-bottom:1px solid var(--t-line)}
.tribune .t-hits mark{background:#fff1a8;color:inherit}
.tribune .t-mine-list{list-style:none;padding:0;margin:.5rem 0}
.tribune .t-mine-list li{padding:.5rem 0;border-bottom:1px solid var(--t-line)}
.tribune .t-menu{position:relative;display:inline-block}
.tribune .t-check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}
.tribune .t-check input{margin-top:.3rem}
@media (pointer:coarse),(max-width:40rem){
  .tribune .t-icon{min-width:2.75rem;min-height:2.75rem}
  .tribune .t-number,.tribune .t-link,.tribune .t-post-actions a{display:inline-flex;align-items:center;justify-content:center;min-width:2.75rem;min-height:2.75rem}
  .tribune .t-btn{min-height:2.75rem}
}
.tribune .t-account-status{flex-basis:100%;margin:0}
`;
