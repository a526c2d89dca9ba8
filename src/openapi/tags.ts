/**
 * Every tag an operation may carry, with the description the document shows.
 * A controller's @ApiTags must name one of these (the OpenAPI test fails otherwise):
 * add a line here with a new feature.
 */
export const API_TAGS: Record<string, string> = {
  health: 'Liveness and readiness probes',
  auth: 'Accounts: register, log in, refresh and revoke tokens, reset a forgotten password',
  accounts: 'My profile, password, data export and erasure; public profiles',
  notifications: 'What happened to me: replies, mentions, resolved error reports, moderation of my posts',
  articles: 'Articles and their public corrections log; each article has one discussion thread',
  discussions: 'Threads and posts: numbering, Markdown, edits with revisions, votes, live events',
  polls: 'Reader polls attached to articles',
  'error-reports': '"Signalez-nous": readers report an error in an article; the newsroom handles it',
  search: 'French full-text search over visible posts and published articles',
  moderation: 'Flags, the review queue, actions on posts, threads and accounts, watched words, the audit log',
  admin: 'Accounts and roles, live settings, service API keys',
  dsa: 'EU Digital Services Act: notices (art. 16), statements of reasons (17), appeals (20), transparency (15/24)',
};
