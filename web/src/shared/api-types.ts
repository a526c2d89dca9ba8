export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness
     * @description 200 while the process runs; touches nothing else.
     */
    get: operations['getLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness
     * @description 200 when the database answers within 1.5 s; 503 otherwise, or while the instance drains.
     */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an account
     * @description username: 3–32 of `[A-Za-z0-9_.-]`, unique ignoring case; email unique ignoring case; password ≥ 10 characters. displayName is stored NFKC-normalized; invisible, control and direction-override characters, an empty-looking name or a word mixing Latin, Cyrillic or Greek letters (users.display_name_mixed_scripts) are 400, a name reading as a staff member’s or a reserved word ("Modération") is 422. Answers a signed-in session. Rate-limited per IP (registerPerHour).
     */
    post: operations['register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in with username or email
     * @description One answer (401) for an unknown login and a wrong password. Rate-limited per IP and per login (loginPerMinute).
     */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate a refresh token
     * @description Answers a new pair; the token sent is spent. A refresh token used twice revokes its whole family (401).
     */
    post: operations['refreshSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/email/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm my e-mail address with the token mailed at registration
     * @description The token is single use; with REQUIRE_VERIFIED_EMAIL=true an unverified account cannot post.
     */
    post: operations['verifyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/email/verify/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail me a new link to confirm my e-mail address
     * @description For a signed-in account whose address is not confirmed yet: one mail (in the language of Accept-Language), sent through the mail outbox after commit, with a new 48-hour single-use link; earlier links stay valid until they expire. Rate-limited per account and per IP (verifyEmailPerHour, RATE_LIMIT_VERIFY_EMAIL_PER_HOUR).
     */
    post: operations['resendVerificationEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the session of a refresh token
     * @description Revokes the refresh token; an unknown or already revoked token also answers 204.
     */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password/forgot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail a one-hour password reset link
     * @description Always 202, whether or not an account has this email (no account enumeration).
     */
    post: operations['forgotPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with a reset token
     * @description The token from the mail (one hour, single use). Revokes every refresh token of the account.
     */
    post: operations['resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Change my password
     * @description Needs the current password; every other session (refresh token) is revoked.
     */
    put: operations['changeMyPassword'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My private profile
     * @description Readable whatever the account status (a suspended or banned user still reads their own data).
     */
    get: operations['getMe'];
    put?: never;
    post?: never;
    /**
     * Erase my account
     * @description Needs the password. Username, email, display name, bio and sessions are gone; posts stay under a neutral name. Allowed to suspended and banned accounts too.
     */
    delete: operations['deleteMe'];
    options?: never;
    head?: never;
    /**
     * Edit my display name and bio
     * @description Any subset of {displayName, bio}; an empty body changes nothing. Active accounts only. displayName is stored NFKC-normalized; invisible, control and direction-override characters, an empty-looking name or a word mixing Latin, Cyrillic or Greek letters (users.display_name_mixed_scripts) are 400; a reader’s name reading as a staff member’s display name or username, or as a reserved word, is 422.
     */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/auth/sso': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trade the news site's signed sign-in token for a session
     * @description The token is a JWT signed with SSO_SECRET (HS256) or the key of SSO_PUBLIC_KEY (RS256/ES256), with `iss` = SSO_ISSUER, `sub`, `jti` (single use), `exp` at most 10 minutes ahead, optional `email`, `email_verified`, `name`. The account is linked by (iss, sub) and created on first use; roles never come from the token.
     */
    post: operations['signInWithSso'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Start an OpenID Connect login (authorization code + PKCE, state, nonce)
     * @description Redirects to the provider of OIDC_ISSUER_URL and sets an encrypted, HttpOnly, 10-minute cookie that binds the attempt to this browser. Open it in a popup or a full-page navigation.
     */
    get: operations['startOidcLogin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The provider's redirect back: links the account by (iss, sub), returns to the page with a code
     * @description Redirects to the page given at login with `#tribune_code=…` (single use, 60 s; trade it with POST /api/auth/oidc/exchange), or `#tribune_error=…` when the provider or the checks refused.
     */
    get: operations['completeOidcLogin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/exchange': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trade the one-time code from the callback for a session
     * @description The `tribune_code` of the callback, once, within 60 s.
     */
    post: operations['exchangeOidcCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/2fa/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start two-factor authentication: a new TOTP secret, shown once
     * @description A base32 secret and its otpauth:// URL (TOTP RFC 6238, SHA-1, 6 digits, 30 s). May be repeated until enabled; each call replaces the pending secret.
     */
    post: operations['setupTwoFactor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/2fa/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn two-factor authentication on with a first code; returns ten recovery codes
     * @description From then on, POST /api/auth/login needs `otp` (a current code or an unused recovery code).
     */
    post: operations['enableTwoFactor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/2fa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Turn two-factor authentication off with a current code or a recovery code
     * @description The secret and the recovery codes are deleted.
     */
    delete: operations['disableTwoFactor'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search accounts
     * @description `q` matches any part of the username, display name or email, ignoring case (trigram index); `role` and `status` (effective) filter. Newest accounts first, keyset-paginated on (createdAt, id). Each item carries post count, flags received on the user’s posts, last seen and the current sanction; erased accounts appear with `anonymized: true`.
     */
    get: operations['listAdminUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a user's role
     * @description Takes effect on the user’s live tokens at once. An admin cannot change their own role (403); the last active admin cannot be demoted (409), even when two admins demote each other at the same instant.
     */
    patch: operations['changeUserRole'];
    trace?: never;
  };
  '/api/admin/users/{id}/ban': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ban an account
     * @description The user keeps reading but can neither log in nor write; every refresh token is revoked.
     */
    post: operations['banUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/unban': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lift a ban
     * @description The account is active again; the reason is audited.
     */
    post: operations['unbanUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/anonymize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erase an account on request
     * @description Username, email, display name, bio, password and tokens are gone; posts stay under a neutral name; the account can never log in again. The audit entry keeps the account id only.
     */
    post: operations['anonymizeUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The live settings
     * @description Effective values: environment defaults overlaid by stored values. Rate limits are per window, before RATE_LIMIT_FACTOR is applied.
     */
    get: operations['getSettings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change live settings
     * @description Any subset (rateLimits may be partial). Stored in the database, audited (settings.update, before → after) and effective at once on every instance (PostgreSQL NOTIFY), no restart.
     */
    patch: operations['updateSettings'];
    trace?: never;
  };
  '/api/threads/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live events of a thread (Server-Sent Events)
     * @description Events `post.created`, `post.updated`, `post.hidden`, `post.featured`, `post.voted` (`{id, score}`), `poll.updated` (`{id}` of a poll of the article: re-read it), `thread.locked`, `thread.unlocked` (and `resync`, without id, when events may have been missed: re-fetch the thread), each as `event: <type>`, `id: <n>`, `data: <json>`; data carries ids, number and status only: re-fetch the post. A client reconnecting with `Last-Event-ID` (or `?lastEventId=`) first receives the events it missed in the last 10 minutes, else `resync`. A `: heartbeat` comment every 15 s. Delivered whichever instance took the write (PostgreSQL LISTEN/NOTIFY; events are stored for replay in the same transaction).
     */
    get: operations['streamThreadEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My notifications, newest first
     * @description Replies to my posts, @mentions, my error reports resolved, my posts moderated; with the unread count.
     */
    get: operations['listMyNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark some or all of my notifications read
     * @description Exactly one of `{ids}` or `{all: true}`; ids of other users' notifications match nothing.
     */
    post: operations['markMyNotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My mail preferences (each true unless turned off)
     * @description Mail on a reply, a mention, a resolved error report, a moderation decision.
     */
    get: operations['getMyPreferences'];
    /**
     * Change my mail preferences (the switches sent; the others keep their value)
     * @description Allowed to suspended and banned accounts too (they may still stop their mail).
     */
    put: operations['updateMyPreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/events/ticket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A one-time ticket (60 s) for GET /api/me/events?ticket= (an EventSource cannot send headers)
     * @description Single use; stored hashed.
     */
    post: operations['createMyEventsTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My live events (Server-Sent Events)
     * @description `notification.created` with `{id, type, data, createdAt}` the moment a notification of mine is written (whichever instance wrote it), `resync` after a server-side gap; a `: heartbeat` comment every 15 s.
     */
    get: operations['streamMyEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn off the kind of mail the link came with (one click, no sign-in)
     * @description RFC 8058 one-click: the token from the mail, in the query string; the body is ignored.
     */
    post: operations['unsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Published articles, newest first
     * @description Keyset-paginated; an article whose publication time is in the future is not listed yet, except to editors and admins who ask `include=unpublished` (the newsroom desk).
     */
    get: operations['listArticles'];
    put?: never;
    /**
     * Create an article
     * @description Its discussion thread is created in the same transaction. Editors and admins.
     */
    post: operations['createArticle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/articles/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One article
     * @description With its thread {id, status, postCount}, its polls and its public corrections log (oldest first). An article not yet published is 404 except to staff.
     */
    get: operations['getArticle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit an article
     * @description Any subset of the fields; `correctionNote` appends a dated note to the public corrections log.
     */
    patch: operations['updateArticle'];
    trace?: never;
  };
  '/api/articles/by-external-id/{externalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or update the CMS's article by its own id (idempotent)
     * @description For the newsroom CMS, with a service API key holding `articles:write` (or as an editor or admin). 201 the first time, 200 after, with the same `id`, `slug` and thread, also when two calls race. The body replaces the article (absent optional fields are reset) except `publishedAt`, kept when absent. A changed text makes a new revision and re-checks the quote of every open error report (`quoteFound`).
     *
     *     Service API keys with the scope `articles:write` are accepted.
     */
    put: operations['syncArticleByExternalId'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Visible posts of up to 100 articles, by slug (cacheable 30 s)
     * @description A slug of no published article is left out of `counts`. Callable from any origin.
     */
    get: operations['getCommentCounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/count.js': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The comment-count script for the news site (fills [data-tribune-count="slug"])
     * @description About 500 bytes; one request to /api/counts on the origin it was loaded from.
     */
    get: operations['getCountScript'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/threads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A thread
     * @description The discussion thread of an article: status (open or locked), visible post count, last post time. The thread of an article not yet published is 404 except to staff.
     */
    get: operations['getThread'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/threads/{id}/posts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Posts of a thread, keyset-paginated
     * @description Post-number order (`after=<number>` or `cursor`), or `sort=top` (score desc, then number). Hidden, pending and deleted posts keep their place as placeholders (body and html null), except for staff and, for a pending post, its author. One query per page.
     */
    get: operations['listThreadPosts'];
    put?: never;
    /**
     * Write a post
     * @description Markdown, ≤ 20,000 characters, optionally replying to a post of the same thread. 201 when published, 202 when it waits for approval (pre-moderation, watched word). Rate-limited per IP and per account (postsPerMinute).
     */
    post: operations['createThreadPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/posts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One post
     * @description A hidden, pending or deleted post is a placeholder (body and html null) except to staff and, for its own pending post, its author.
     */
    get: operations['getPost'];
    put?: never;
    post?: never;
    /**
     * Delete my post
     * @description Soft delete: the number stays, the body leaves public view. Deleting a pending post resolves its queue item.
     */
    delete: operations['deletePost'];
    options?: never;
    head?: never;
    /**
     * Edit a post; each edit keeps a revision
     * @description The author while the thread is open (and within the edit window when one is set); moderators and admins.
     */
    patch: operations['editPost'];
    trace?: never;
  };
  '/api/posts/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A post's revisions, oldest first
     * @description The author and moderators/admins. Every post is public at least as a placeholder, so other signed-in users get 403 (not 404).
     */
    get: operations['listPostRevisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/posts/{id}/vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Vote +1 or -1 on a post
     * @description One vote per user and post; voting again changes it. Rate-limited per IP and per account (votesPerMinute).
     */
    put: operations['votePost'];
    post?: never;
    /**
     * Withdraw my vote on a post
     * @description Idempotent: without a vote the score is unchanged.
     */
    delete: operations['withdrawPostVote'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/threads/{id}/featured': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Posts featured by the newsroom, most recently featured first (visible posts, at most 100)
     * @description One page: `nextCursor` is always null.
     */
    get: operations['listFeaturedPosts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/posts/{id}/feature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Feature a visible post ("choix de la rédaction"); audited; thread event post.featured
     * @description Featuring a featured post changes nothing (200, no audit entry, no event).
     */
    post: operations['featurePost'];
    /**
     * Stop featuring a post; audited; thread event post.featured with featured: false
     * @description Unfeaturing a post that is not featured changes nothing.
     */
    delete: operations['unfeaturePost'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{username}/posts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A user's visible posts, newest first, each with its article's title and slug
     * @description Keyset-paginated (`cursor`, `limit` 1..100).
     */
    get: operations['listUserPosts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * French full-text search over visible posts and published articles
     * @description Accent- and plural-insensitive (unaccent + French stemming), websearch syntax, ranked by relevance. Each item: {type:"post"|"article", id, articleSlug, articleTitle, threadId?, number?, author, excerpt, createdAt}; `excerpt` is escaped HTML whose only tags are <mark>…</mark> around the matched words.
     */
    get: operations['search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/articles/{slug}/polls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach a reader poll to an article
     * @description 2–10 distinct options; single or multiple choice; results visible always, after voting or after closing.
     */
    post: operations['createArticlePoll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/polls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A poll with its results where visibility allows
     * @description votes, percent and totalVoters appear when resultsVisibility allows it (always; after_vote once the caller voted; after_close once closed) and always for editors, moderators and admins. percent are whole numbers summing to 100 (largest remainder, ties to the earlier option) once anyone voted. myVote is the caller’s option ids, or null.
     */
    get: operations['getPoll'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/polls/{id}/vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Vote, or replace my vote
     * @description single: exactly one option; multiple: 1..maxChoices distinct options. One ballot per user.
     */
    put: operations['votePoll'];
    post?: never;
    /**
     * Withdraw my vote on a poll
     * @description While the poll is open and where vote change is allowed; without a vote, also 204.
     */
    delete: operations['withdrawPollVote'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/polls/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a poll now
     * @description Idempotent: closing a closed poll answers it unchanged. Editors and admins.
     */
    post: operations['closePoll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/articles/{slug}/error-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report an error in an article (signed in or not)
     * @description The quote must occur in the article's title, summary or body, compared with whitespace collapsed, case folded and typographic quotes normalised. The same passage from the same reporter (account, or IP when anonymous) once per UTC day. quote, suggestion, comment and notes are plain text, returned exactly as stored: clients must escape them (never insert them as HTML).
     */
    post: operations['createErrorReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/error-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List error reports, oldest first (editor, moderator, admin)
     * @description quote, suggestion, comment and notes are plain text, returned exactly as stored: clients must escape them (never insert them as HTML).
     *
     *     Service API keys with the scope `error-reports:read` are accepted.
     */
    get: operations['listErrorReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/error-reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One error report and its history (staff, or its signed-in reporter)
     * @description The reporter does not see the private contact fields. quote, suggestion, comment and notes are plain text, returned exactly as stored: clients must escape them (never insert them as HTML).
     *
     *     Service API keys with the scope `error-reports:read` are accepted.
     */
    get: operations['getErrorReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Move a report: open → accepted|rejected|duplicate|fixed, accepted → fixed|rejected
     * @description "fixed" with correctionNote appends a dated note to the article's public corrections log; "duplicate" needs duplicateOfId (another report on the same article). The reporter is notified of every resolution (rejected, fixed, duplicate); an anonymous reporter who left an email gets a mail.
     *
     *     Service API keys with the scope `error-reports:write` are accepted.
     */
    patch: operations['updateErrorReport'];
    trace?: never;
  };
  '/api/posts/{id}/flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Flag a post for moderators
     * @description One flag per user per post. Flags from FLAG_HIDE_THRESHOLD distinct users hide the post at once.
     */
    post: operations['flagPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The review queue, oldest first
     * @description Each item says why it is there (`reasons`: flag counts by reason, watched word, new account, auto-hidden) and carries the context needed to decide (`subject`). Filters: kind, status (default open), article; `order=newest` lists the latest first (resolved items by resolution time).
     *
     *     Service API keys with the scope `moderation:read` are accepted.
     */
    get: operations['listModerationQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/queue/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Claim a queue item
     * @description Advisory, for 15 minutes: another moderator acting on the item meanwhile gets 409.
     */
    post: operations['claimQueueItem'];
    /**
     * Release a claim
     * @description Releasing an unclaimed item is a no-op; admins may release anyone's claim.
     */
    delete: operations['releaseQueueItem'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/posts/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a post
     * @description A pending post becomes visible; on a flagged post the flags are dismissed and the post restored; on a post under DSA notices the post is kept and its open notices are dismissed. Audited.
     */
    post: operations['approvePost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/posts/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a pending post
     * @description The post becomes hidden; its author is told. Audited.
     */
    post: operations['rejectPost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/posts/{id}/hide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hide a post
     * @description With a reason shown to its author; the number stays, the body leaves public view. Audited. On a post hidden automatically by the flag threshold whose item is still open (flags or notices), confirms the hide: the item is resolved and the post stays hidden (no second statement of reasons).
     */
    post: operations['hidePost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/posts/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restore a hidden post
     * @description The post is visible again. Audited, with the reason.
     */
    post: operations['restorePost'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/threads/{id}/lock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lock a thread
     * @description No more posts (409 to writers); publishes thread.locked. Audited.
     */
    post: operations['lockThread'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/threads/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Unlock a thread
     * @description Readers may post again. Audited.
     */
    post: operations['unlockThread'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/users/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suspend an account until a time in the future
     * @description Moderators suspend readers and editors only; admins anyone but themselves. The user keeps reading and cannot write; live tokens stop working for writes at once. Audited.
     */
    post: operations['suspendUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/users/{id}/unsuspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lift a suspension
     * @description Same rank rule as suspending. Audited.
     */
    post: operations['unsuspendUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log, newest first
     * @description Who did what to what, when, why, before → after. Append-only: no route edits or deletes it.
     *
     *     Service API keys with the scope `moderation:read` are accepted.
     */
    get: operations['listAuditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/watched-words': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Watched words, by pattern
     * @description Each with its action: block (422 to the writer), require_approval (held), flag (queued).
     */
    get: operations['listWatchedWords'];
    put?: never;
    /**
     * Add a watched word
     * @description A word or phrase, `*` allowed at the start or end; action block, require_approval or flag. Audited.
     */
    post: operations['createWatchedWord'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/watched-words/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a watched word
     * @description Posts already held or flagged stay in the queue. Audited.
     */
    delete: operations['deleteWatchedWord'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/queue/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open items per kind (for the console tabs)
     * @description Every kind is present, 0 when none is open. With `article`, only the items about that article count (the filter of GET /api/moderation/queue), so the tabs of a filtered console match its lists. `ownAppeals`: of the open appeals, those against decisions the caller took, which another staff member must decide.
     *
     *     Service API keys with the scope `moderation:read` are accepted.
     */
    get: operations['countModerationQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/events/ticket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A one-time ticket (60 s) for GET /api/moderation/events?ticket=
     * @description An EventSource cannot send headers: the ticket stands for the token, once.
     */
    post: operations['createModerationEventsTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The live queue (Server-Sent Events)
     * @description `queue.item.created`, `queue.item.updated`, `queue.item.resolved` with `{id, kind, status, subjectType, subjectId, version, resolution, claimedById}`, whichever instance made the change; `resync` after a gap.
     */
    get: operations['streamModerationEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find accounts by any part of their username or display name (staff)
     * @description Case-insensitive, by username; erased accounts never match, and e-mail addresses are not searched.
     */
    get: operations['searchModerationUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A user's context: status, sanctions, counts, last 20 posts, staff notes
     * @description Staff only; the notes are never shown to the user.
     */
    get: operations['getUserContext'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/users/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a staff note about a user (private to staff; audited)
     * @description Plain text, 1–2,000 characters.
     */
    post: operations['addUserNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/users/{id}/premoderate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hold every post of this user for approval, until a time or until lifted (moderators: readers' and editors' accounts)
     * @description Replaces a pre-moderation already in place. Audited.
     */
    post: operations['premoderateUser'];
    /**
     * Lift the pre-moderation of this user
     * @description Posts already waiting stay in the queue. Audited.
     */
    delete: operations['liftUserPremoderation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dsa/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Notify illegal content (DSA art. 16), with or without an account
     * @description Queues the post for review (kind `dsa_notice`) and mails an acknowledgement; the notifier is mailed the decision.
     */
    post: operations['createDsaNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The statements of reasons about my posts (DSA art. 17), newest first
     * @description Written for every hide, reject and approval refusal (by a moderator or automated), with the appeal if any.
     */
    get: operations['listMyDecisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{id}/appeal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Appeal a decision about my post (DSA art. 20), within six months, once
     * @description Open to suspended and banned accounts too: the restriction is what they appeal.
     */
    post: operations['appealDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/moderation/appeals/{id}/decide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide an appeal: upheld, or reversed (the post is restored); the author is told
     * @description Only someone other than the moderator who took the decision may decide its appeal.
     */
    post: operations['decideAppeal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/transparency': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Transparency figures (DSA art. 15/24) for a period; `Accept: text/csv` for CSV
     * @description Decisions by action, ground, source and automation; notices and appeals by outcome; median times to decision.
     */
    get: operations['getTransparencyReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the webhooks (without their secrets)
     * @description URL, events and creation time of each webhook; the signing secret is shown only at creation.
     */
    get: operations['listWebhooks'];
    put?: never;
    /**
     * Register a webhook
     * @description Events are POSTed as `{type, timestamp, data}` with Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`), at least once, retried with growing delays. The URL must be http(s) and resolve to public addresses only, and not redirect elsewhere (422), unless `WEBHOOK_ALLOW_PRIVATE` allows it. The secret is in this answer only. Audited.
     */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a webhook
     * @description Pending deliveries are cancelled. Audited.
     */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A webhook's recent deliveries, newest first
     * @description Each with its status, attempts, last response code or error, and next attempt time.
     */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every datum held about me, as JSON
     * @description Account, posts with their bodies, revisions, votes, flags, ballots, error reports, notifications, sessions.
     */
    get: operations['exportMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Public profile of a user
     * @description Never the email. An erased account is 404.
     */
    get: operations['getUserProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the active API keys
     * @description Name, scopes, prefix, creation and last use of each active key; never the keys themselves.
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create a service API key
     * @description The key (`trb_` + 43 characters) is in this answer only: Tribune stores its SHA-256. Send it as `Authorization: Bearer trb_…`; in a query string it is refused (400). Audited.
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API key
     * @description The key fails on its very next request. Audited.
     */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Liveness: {
      /** @enum {string} */
      status: 'ok';
    };
    /** @description One invalid field of a 400 or 422 answer */
    ProblemFieldError: {
      /** @description The field, dotted for nested ones (`options.2`, `rateLimits.loginPerMinute`) */
      field: string;
      /** @description Why, in the language of the request (French or English) */
      message: string;
    };
    /** @description RFC 9457 problem details (`application/problem+json`). `detail` is in French when Accept-Language prefers French, else English; `code` is stable and meant for programs. */
    Problem: {
      /**
       * Format: uri
       * @example https://tribune.dev/problems/threads-locked
       */
      type: string;
      /** @example Conflict */
      title: string;
      /** @example 409 */
      status: number;
      /** @example Cette discussion est verrouillée : il n’est plus possible d’y répondre. */
      detail: string;
      /**
       * @description Stable error code (catalogue key)
       * @example threads.locked
       */
      code: string;
      /** @description The request id (also in the X-Request-Id header), for support */
      requestId?: string;
      /** @description Present on 400 (and some 422) answers: each invalid field and why */
      errors?: components['schemas']['ProblemFieldError'][];
    } & {
      [key: string]: unknown;
    };
    Readiness: {
      /** @enum {string} */
      status: 'ok';
      /**
       * @example {
       *       "database": {
       *         "status": "up"
       *       }
       *     }
       */
      info: {
        [key: string]: {
          status?: string;
        } & {
          [key: string]: unknown;
        };
      };
      /** @example {} */
      error: {
        [key: string]: {
          status?: string;
        } & {
          [key: string]: unknown;
        };
      };
      /**
       * @example {
       *       "database": {
       *         "status": "up"
       *       }
       *     }
       */
      details: {
        [key: string]: {
          status?: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    Register: {
      /** @example marie_l */
      username: string;
      /**
       * Format: email
       * @example marie@example.fr
       */
      email: string;
      /** @example cheval-batterie-agrafe */
      password: string;
      /** @example Marie Lefèvre */
      displayName?: string;
    };
    PrivateProfile: {
      /** Format: uuid */
      id: string;
      /**
       * @description null once erased
       * @example marie_l
       */
      username: string | null;
      /**
       * Format: email
       * @example marie@example.fr
       */
      email: string | null;
      /** @example Marie Lefèvre */
      displayName: string | null;
      /** @example Lectrice à Lyon, passionnée de politique locale. */
      bio: string;
      /** @enum {string} */
      role: 'reader' | 'editor' | 'moderator' | 'admin';
      /**
       * @description Effective: a suspension whose end has passed reads active
       * @enum {string}
       */
      status: 'active' | 'suspended' | 'banned';
      /** Format: date-time */
      suspendedUntil: string | null;
      /** @description Whether the address was confirmed through the link mailed at registration */
      emailVerified: boolean;
      /** @description Why the account is suspended (null when it is not) */
      suspensionReason: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    Session: {
      /** @description A short-lived JWT: send it as `Authorization: Bearer <accessToken>` */
      accessToken: string;
      /** @description Opaque, single use: POST it to /api/auth/refresh for a new pair */
      refreshToken: string;
      /**
       * @description Lifetime of the access token, in seconds
       * @example 900
       */
      expiresIn: number;
      user: components['schemas']['PrivateProfile'];
    };
    Login: {
      /**
       * @description Username or email, any case
       * @example marie_l
       */
      login: string;
      /** @example cheval-batterie-agrafe */
      password: string;
      /** @description With two-factor authentication on: a current 6-digit TOTP code or an unused recovery code */
      otp?: string;
    };
    Refresh: {
      refreshToken: string;
    };
    VerifyEmail: {
      /** @description The token from the verification mail */
      token: string;
    };
    ForgotPassword: {
      /**
       * Format: email
       * @example marie@example.fr
       */
      email: string;
    };
    ResetPassword: {
      /** @description The token from the mail */
      token: string;
      password: string;
    };
    ChangePassword: {
      currentPassword: string;
      newPassword: string;
    };
    DeleteMe: {
      /** @description The current password, to confirm */
      password: string;
    };
    SsoSignIn: {
      /** @description A JWT signed by the news site's backend (HS256, RS256 or ES256) */
      token: string;
    };
    OidcExchange: {
      /** @description The `tribune_code` from the URL fragment of the page the callback sent back to */
      code: string;
    };
    TwoFactorSetupResponse: {
      /** @description Base32 TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s); shown this once */
      secret: string;
      /** @example otpauth://totp/Tribune%20(journal.example):marie?secret=…&issuer=… */
      otpauthUrl: string;
    };
    TwoFactorCode: {
      /** @description A current 6-digit code from the authenticator, or (to turn it off) an unused recovery code */
      code: string;
    };
    RecoveryCodesResponse: {
      /** @description Ten single-use recovery codes; shown this once */
      recoveryCodes: string[];
    };
    AdminUserSanction: {
      /** @enum {string} */
      status: 'suspended' | 'banned';
      /**
       * Format: date-time
       * @description End of a suspension
       */
      until: string | null;
      /** @example Insultes répétées */
      reason: string | null;
    };
    AdminUser: {
      /** Format: uuid */
      id: string;
      /** @example marie_l */
      username: string | null;
      /**
       * Format: email
       * @example marie@example.fr
       */
      email: string | null;
      /** @example Marie Lefèvre */
      displayName: string | null;
      /** @enum {string} */
      role: 'reader' | 'editor' | 'moderator' | 'admin';
      /**
       * @description Effective status
       * @enum {string}
       */
      status: 'active' | 'suspended' | 'banned';
      /** Format: date-time */
      suspendedUntil: string | null;
      sanctionReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastSeenAt: string | null;
      postCount: number;
      /** @description Flags other users raised on this user's posts, whatever their outcome */
      flagsReceived: number;
      currentSanction: components['schemas']['AdminUserSanction'] | null;
      /** @description Erased on request: no personal data left */
      anonymized: boolean;
      /** Format: date-time */
      anonymizedAt: string | null;
    };
    /** @description A page of AdminUser: pass nextCursor back as ?cursor= */
    AdminUserPage: {
      items: components['schemas']['AdminUser'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    ChangeRole: {
      /** @enum {string} */
      role: 'reader' | 'editor' | 'moderator' | 'admin';
    };
    SanctionReason: {
      reason: string;
    };
    RateLimits: {
      loginPerMinute: number;
      registerPerHour: number;
      forgotPerHour: number;
      postsPerMinute: number;
      flagsPerHour: number;
      votesPerMinute: number;
      errorReportsPerHour: number;
      searchPerMinute: number;
      dsaNoticesPerHour: number;
      verifyEmailPerHour: number;
    };
    LiveSettings: {
      /**
       * @description Distinct flags that hide a post at once
       * @example 3
       */
      flagHideThreshold: number;
      /**
       * @description A new account's posts held until this many were approved
       * @example 0
       */
      premoderateFirstPosts: number;
      /**
       * @description Minutes an author may edit a post (0: no limit)
       * @example 0
       */
      editWindowMinutes: number;
      /** @description Editors, moderators and admins without two-factor authentication are refused staff routes (403) */
      requireStaffTwoFactor: boolean;
      /** @description Per window, before RATE_LIMIT_FACTOR is applied */
      rateLimits: components['schemas']['RateLimits'];
    };
    RateLimitsPatch: {
      loginPerMinute?: number;
      registerPerHour?: number;
      forgotPerHour?: number;
      postsPerMinute?: number;
      flagsPerHour?: number;
      votesPerMinute?: number;
      errorReportsPerHour?: number;
      searchPerMinute?: number;
      dsaNoticesPerHour?: number;
      verifyEmailPerHour?: number;
    };
    SettingsPatch: {
      /** @description Distinct flags that hide a post at once */
      flagHideThreshold?: number;
      /** @description A new account's first posts held for approval */
      premoderateFirstPosts?: number;
      /** @description Minutes an author may edit a post (0: no limit) */
      editWindowMinutes?: number;
      /** @description Refuse staff routes to editors, moderators and admins without 2FA */
      requireStaffTwoFactor?: boolean;
      rateLimits?: components['schemas']['RateLimitsPatch'];
    };
    Notification: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'post.reply' | 'post.mention' | 'post.moderated' | 'flag.outcome' | 'error_report.resolved';
      /**
       * @description What the notification is about (ids, thread, article, excerpt), depending on kind
       * @example {
       *       "postId": "5f0c…",
       *       "threadId": "9a1e…",
       *       "number": 12,
       *       "by": "marie_l"
       *     }
       */
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      readAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    NotificationPage: {
      items: components['schemas']['Notification'][];
      /** @description Opaque cursor of the next page, null on the last page */
      nextCursor: string | null;
      /** @description Unread notifications in all */
      unreadCount: number;
    };
    MarkRead: {
      ids?: string[];
      /** @enum {boolean} */
      all?: true;
    };
    MarkReadResult: {
      /** @description Notifications marked read by this call */
      updated: number;
      unreadCount: number;
    };
    Preferences: {
      /** @description Mail when someone replies to my post */
      emailOnReply: boolean;
      /** @description Mail when someone mentions me */
      emailOnMention: boolean;
      /** @description Mail when an error report of mine is resolved */
      emailOnReportResolved: boolean;
      /** @description Mail when a moderator acts on my post */
      emailOnModeration: boolean;
    };
    UpdatePreferences: {
      emailOnReply?: boolean;
      emailOnMention?: boolean;
      emailOnReportResolved?: boolean;
      emailOnModeration?: boolean;
    };
    EventTicket: {
      /** @description Pass it as GET /api/me/events?ticket= within expiresIn seconds; used once */
      ticket: string;
      /**
       * @description Seconds
       * @example 60
       */
      expiresIn: number;
    };
    UnsubscribeResult: {
      /**
       * @description The kind of mail turned off
       * @example emailOnReply
       */
      kind: string;
      preferences: components['schemas']['Preferences'];
    };
    PostAuthor: {
      /**
       * @description null for an erased account
       * @example marie_l
       */
      username: string | null;
      /**
       * @description A neutral name ("Utilisateur supprimé") for an erased account
       * @example Marie L.
       */
      displayName: string;
    };
    ArticleThreadRef: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'open' | 'locked';
      /**
       * @description Visible posts
       * @example 12
       */
      postCount: number;
    };
    ArticleSummary: {
      /** Format: uuid */
      id: string;
      /** @example reforme-des-retraites-ce-qui-change */
      slug: string;
      /** @example Réforme des retraites : ce qui change au 1er janvier */
      title: string;
      /** @example Âge de départ, durée de cotisation, pensions : le point sur les nouvelles règles. */
      summary: string;
      author: components['schemas']['PostAuthor'];
      /** Format: date-time */
      publishedAt: string;
      thread: components['schemas']['ArticleThreadRef'];
    };
    /** @description A page of ArticleSummary: pass nextCursor back as ?cursor= */
    ArticlePage: {
      items: components['schemas']['ArticleSummary'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    Source: {
      /** @example Insee, note de conjoncture */
      label: string;
      /**
       * Format: uri
       * @example https://www.insee.fr/fr/statistiques
       */
      url: string;
    };
    RelatedLink: {
      /** @example Retraites : le calendrier de la réforme */
      title: string;
      /** Format: uri */
      url: string;
    };
    CreateArticle: {
      /** @example Réforme des retraites : ce qui change au 1er janvier */
      title: string;
      /**
       * @description Derived from the title when absent (accents transliterated)
       * @example reforme-des-retraites-ce-qui-change
       */
      slug?: string;
      /** @example Âge de départ, durée de cotisation, pensions : le point sur les nouvelles règles. */
      summary?: string;
      /**
       * @description Markdown
       * @example Le gouvernement a présenté **mercredi** sa réforme des retraites…
       */
      body: string;
      sources?: components['schemas']['Source'][];
      /**
       * @description Up to 10 prompts of ≤ 500 characters
       * @example [
       *       "Et vous ? Qu’en pensez-vous ?"
       *     ]
       */
      discussionPrompts?: string[];
      /** @description « Voir aussi » */
      related?: components['schemas']['RelatedLink'][];
      /**
       * Format: date-time
       * @description Defaults to now; a future time hides it from readers until then
       */
      publishedAt?: string;
      /**
       * Format: uri
       * @description The article on the news site
       */
      url?: string;
      /**
       * Format: date-time
       * @description The discussion closes at this time (null: THREAD_AUTO_CLOSE_DAYS decides)
       */
      discussionClosesAt?: string | null;
    };
    ArticleCorrection: {
      /** @example Une version précédente de cet article indiquait un taux de chômage de 7,1 %. */
      note: string;
      /** Format: date-time */
      createdAt: string;
    };
    Article: {
      /** Format: uuid */
      id: string;
      /** @example reforme-des-retraites-ce-qui-change */
      slug: string;
      /** @example Réforme des retraites : ce qui change au 1er janvier */
      title: string;
      /** @example Âge de départ, durée de cotisation, pensions : le point sur les nouvelles règles. */
      summary: string;
      author: components['schemas']['PostAuthor'];
      /** Format: date-time */
      publishedAt: string;
      thread: components['schemas']['ArticleThreadRef'];
      /**
       * Format: uri
       * @description The article's page on the news site
       */
      url: string | null;
      /** @description The CMS's id (PUT /api/articles/by-external-id/{externalId}) */
      externalId: string | null;
      /**
       * Format: date-time
       * @description When the discussion closes by itself (the article's own, or THREAD_AUTO_CLOSE_DAYS after publication)
       */
      discussionClosesAt: string | null;
      /**
       * @description Markdown source
       * @example Le gouvernement a présenté **mercredi** sa réforme…
       */
      body: string;
      /** @description HTML rendered from the Markdown and sanitized by the server */
      bodyHtml: string;
      sources: components['schemas']['Source'][];
      /**
       * @example [
       *       "Et vous, qu’en pensez-vous ?"
       *     ]
       */
      discussionPrompts: string[];
      related: components['schemas']['RelatedLink'][];
      /** @description Incremented by every edit of the text */
      revision: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Polls, oldest first */
      polls: components['schemas']['Poll'][];
      /** @description The public corrections log, oldest first */
      corrections: components['schemas']['ArticleCorrection'][];
    };
    UpdateArticle: {
      /** @example Réforme des retraites : ce qui change au 1er janvier */
      title?: string;
      /**
       * @description Derived from the title when absent (accents transliterated)
       * @example reforme-des-retraites-ce-qui-change
       */
      slug?: string;
      /** @example Âge de départ, durée de cotisation, pensions : le point sur les nouvelles règles. */
      summary?: string;
      /**
       * @description Markdown
       * @example Le gouvernement a présenté **mercredi** sa réforme des retraites…
       */
      body?: string;
      sources?: components['schemas']['Source'][];
      /**
       * @description Up to 10 prompts of ≤ 500 characters
       * @example [
       *       "Et vous ? Qu’en pensez-vous ?"
       *     ]
       */
      discussionPrompts?: string[];
      /** @description « Voir aussi » */
      related?: components['schemas']['RelatedLink'][];
      /**
       * Format: uri
       * @description The article on the news site
       */
      url?: string;
      /**
       * Format: date-time
       * @description The discussion closes at this time (null: THREAD_AUTO_CLOSE_DAYS decides)
       */
      discussionClosesAt?: string | null;
      /**
       * @description Appends a dated note to the public corrections log
       * @example Une version précédente de cet article indiquait un taux de chômage de 7,1 %.
       */
      correctionNote?: string;
    };
    SyncArticle: {
      /** @example Réforme des retraites : ce qui change au 1er janvier */
      title: string;
      /** @example Âge de départ, durée de cotisation, pensions : le point sur les nouvelles règles. */
      summary?: string;
      /**
       * @description Markdown
       * @example Le gouvernement a présenté **mercredi** sa réforme des retraites…
       */
      body: string;
      sources?: components['schemas']['Source'][];
      /**
       * @description Up to 10 prompts of ≤ 500 characters
       * @example [
       *       "Et vous ? Qu’en pensez-vous ?"
       *     ]
       */
      discussionPrompts?: string[];
      /** @description « Voir aussi » */
      related?: components['schemas']['RelatedLink'][];
      /**
       * Format: date-time
       * @description Defaults to now; a future time hides it from readers until then
       */
      publishedAt?: string;
      /**
       * Format: uri
       * @description The article on the news site
       */
      url?: string;
      /**
       * Format: date-time
       * @description The discussion closes at this time (null: THREAD_AUTO_CLOSE_DAYS decides)
       */
      discussionClosesAt?: string | null;
    };
    Counts: {
      /**
       * @description Visible posts per article slug; unknown or unpublished slugs are left out
       * @example {
       *       "le-budget-vote": 12
       *     }
       */
      counts: {
        [key: string]: number;
      };
    };
    Thread: {
      /** Format: uuid */
      id: string;
      /** @example reforme-des-retraites-ce-qui-change */
      articleSlug: string;
      /** @example Réforme des retraites : ce qui change au 1er janvier */
      title: string;
      /** @enum {string} */
      status: 'open' | 'locked';
      /** @description Visible posts */
      postCount: number;
      /** Format: date-time */
      lastPostAt: string | null;
    };
    PostAuthorWithBadge: {
      /**
       * @description null for an erased account
       * @example marie_l
       */
      username: string | null;
      /**
       * @description A neutral name ("Utilisateur supprimé") for an erased account
       * @example Marie L.
       */
      displayName: string;
      /**
       * @description journalist for editors, staff for moderators and admins, else null
       * @enum {string|null}
       */
      badge: 'journalist' | 'staff' | null;
    };
    PostReplyRef: {
      /** Format: uuid */
      id: string;
      /** @example 3 */
      number: number;
      author: components['schemas']['PostAuthor'];
    };
    PostPermissions: {
      /** @description The caller may edit this post now */
      canEdit: boolean;
      /** @description The caller may delete this post */
      canDelete: boolean;
    };
    Post: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      threadId: string;
      /**
       * @description 1, 2, 3 … within the thread, no gaps, no duplicates
       * @example 4
       */
      number: number;
      author: components['schemas']['PostAuthorWithBadge'];
      /**
       * @description Markdown source; null in a placeholder (hidden, pending or deleted post the caller may not read)
       * @example Très bon article, mais le chiffre du chômage cité date de 2023.
       */
      body: string | null;
      /**
       * @description HTML rendered from the Markdown and sanitized by the server; null in a placeholder
       * @example <p>Très bon article, mais le chiffre du chômage cité date de 2023.</p>
       */
      html: string | null;
      replyTo: components['schemas']['PostReplyRef'] | null;
      /** @enum {string} */
      status: 'visible' | 'pending' | 'hidden' | 'deleted';
      /** @description Featured by the newsroom ("choix de la rédaction") */
      featured: boolean;
      /** @example 2 */
      score: number;
      /**
       * @description Signed-in callers only: the caller's vote, null when none
       * @enum {integer|null}
       */
      myVote?: 1 | -1 | null;
      /** Format: date-time */
      editedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Moderators and admins only: why it was hidden */
      moderationReason?: string | null;
      permissions: components['schemas']['PostPermissions'];
    };
    /** @description A page of Post: pass nextCursor back as ?cursor= */
    PostPage: {
      items: components['schemas']['Post'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    CreatePost: {
      /**
       * @description Markdown source
       * @example Très bon article, mais le chiffre du chômage cité date de 2023 : **7,3 %** aujourd’hui.
       */
      body: string;
      /**
       * Format: uuid
       * @description A post of the same thread
       */
      replyTo?: string;
    };
    EditPost: {
      /**
       * @description Markdown source
       * @example Très bon article, mais le chiffre du chômage cité date de 2023 : **7,4 %** aujourd’hui.
       */
      body: string;
      /** @example Coquille corrigée */
      reason?: string;
    };
    RevisionEditor: {
      username: string | null;
      displayName: string;
    };
    PostRevision: {
      revision: number;
      /** @description The Markdown before this edit */
      previousBody: string;
      /** @description The Markdown after this edit */
      body: string;
      /** @example Coquille corrigée */
      reason: string | null;
      editor: components['schemas']['RevisionEditor'] | null;
      /** Format: date-time */
      createdAt: string;
    };
    PostVote: {
      /**
       * @example 1
       * @enum {integer}
       */
      value: 1 | -1;
    };
    VoteResult: {
      /**
       * @description The post score after the vote
       * @example 3
       */
      score: number;
      /**
       * @description The caller's vote, null once withdrawn
       * @enum {integer|null}
       */
      myVote: 1 | -1 | null;
    };
    /** @description A page of Post: pass nextCursor back as ?cursor= */
    FeaturedPostPage: {
      items: components['schemas']['Post'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    UserPostArticle: {
      /** @example Réforme des retraites : ce qui change au 1er janvier */
      title: string;
      /** @example reforme-des-retraites-ce-qui-change */
      slug: string;
    };
    UserPost: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      threadId: string;
      /**
       * @description 1, 2, 3 … within the thread, no gaps, no duplicates
       * @example 4
       */
      number: number;
      author: components['schemas']['PostAuthorWithBadge'];
      /**
       * @description Markdown source; null in a placeholder (hidden, pending or deleted post the caller may not read)
       * @example Très bon article, mais le chiffre du chômage cité date de 2023.
       */
      body: string | null;
      /**
       * @description HTML rendered from the Markdown and sanitized by the server; null in a placeholder
       * @example <p>Très bon article, mais le chiffre du chômage cité date de 2023.</p>
       */
      html: string | null;
      replyTo: components['schemas']['PostReplyRef'] | null;
      /** @enum {string} */
      status: 'visible' | 'pending' | 'hidden' | 'deleted';
      /** @description Featured by the newsroom ("choix de la rédaction") */
      featured: boolean;
      /** @example 2 */
      score: number;
      /**
       * @description Signed-in callers only: the caller's vote, null when none
       * @enum {integer|null}
       */
      myVote?: 1 | -1 | null;
      /** Format: date-time */
      editedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Moderators and admins only: why it was hidden */
      moderationReason?: string | null;
      permissions: components['schemas']['PostPermissions'];
      article: components['schemas']['UserPostArticle'];
    };
    /** @description A page of UserPost: pass nextCursor back as ?cursor= */
    UserPostPage: {
      items: components['schemas']['UserPost'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    SearchAuthor: {
      /** @example marie_l */
      username: string;
      /** @example Marie L. */
      displayName: string;
    };
    SearchItem: {
      /** @enum {string} */
      type: 'post' | 'article';
      /** Format: uuid */
      id: string;
      /** @example reforme-des-retraites-ce-qui-change */
      articleSlug: string;
      /** @example Réforme des retraites : ce qui change au 1er janvier */
      articleTitle: string;
      /**
       * Format: uuid
       * @description Posts only
       */
      threadId?: string;
      /** @description Posts only */
      number?: number;
      author: components['schemas']['SearchAuthor'] | null;
      /**
       * @description Escaped text whose only tags are <mark>…</mark> around the matched words: safe to insert as HTML
       * @example … la <mark>réforme</mark> des <mark>retraites</mark> entre en vigueur …
       */
      excerpt: string;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description A page of SearchItem: pass nextCursor back as ?cursor= */
    SearchPage: {
      items: components['schemas']['SearchItem'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    CreatePoll: {
      /** @example Quels sont d’après vous les éléments les plus importants ? */
      question: string;
      /**
       * @description Distinct labels, ≤ 200 chars each
       * @example [
       *       "Le pouvoir d’achat",
       *       "L’âge de départ",
       *       "La pénibilité"
       *     ]
       */
      options: string[];
      /** @enum {string} */
      mode: 'single' | 'multiple';
      /** @description Multiple mode: 2..options.length (default: options.length). Single mode: 1 or absent. */
      maxChoices?: number;
      /**
       * Format: date-time
       * @description In the future; the poll closes by itself then
       */
      closesAt?: string;
      /**
       * @default always
       * @enum {string}
       */
      resultsVisibility: 'always' | 'after_vote' | 'after_close';
      /** @default true */
      allowVoteChange: boolean;
    };
    PollOption: {
      /** Format: uuid */
      id: string;
      /** @example Le pouvoir d’achat */
      label: string;
      /**
       * @description Only where the caller may see results
       * @example 42
       */
      votes?: number;
      /**
       * @description Whole numbers summing to exactly 100 once anyone voted (largest remainder)
       * @example 61
       */
      percent?: number;
    };
    PollPermissions: {
      canVote: boolean;
      canWithdrawVote: boolean;
      canClose: boolean;
    };
    Poll: {
      /** Format: uuid */
      id: string;
      /** @example reforme-des-retraites-ce-qui-change */
      articleSlug: string;
      /** @example Quels sont d’après vous les éléments les plus importants ? */
      question: string;
      /** @enum {string} */
      mode: 'single' | 'multiple';
      maxChoices: number;
      /** @enum {string} */
      status: 'open' | 'closed';
      /** Format: date-time */
      closesAt: string | null;
      /**
       * Format: date-time
       * @description When it closed; null while open
       */
      closedAt: string | null;
      /** @enum {string} */
      resultsVisibility: 'always' | 'after_vote' | 'after_close';
      allowVoteChange: boolean;
      /** Format: date-time */
      createdAt: string;
      options: components['schemas']['PollOption'][];
      /** @description Only where the caller may see results */
      totalVoters?: number;
      /** @description The caller's chosen option ids, in option order; null when not voted (or anonymous) */
      myVote: string[] | null;
      /** @description Whether votes, percent and totalVoters are included */
      resultsVisible: boolean;
      permissions: components['schemas']['PollPermissions'];
    };
    PollBallot: {
      /** @description single: exactly one option; multiple: 1..maxChoices distinct options */
      optionIds: string[];
    };
    CreateErrorReport: {
      /**
       * @description The wrong passage, copied from the article (whitespace, case and typographic quotes are ignored when matching). Plain text.
       * @example un taux de chômage de 7,1 %
       */
      quote: string;
      /**
       * @description The proposed correction. Plain text.
       * @example un taux de chômage de 7,3 %
       */
      suggestion?: string | null;
      /**
       * @description Anything else the newsroom should know. Plain text.
       * @example Chiffre de l’Insee publié le 14 novembre.
       */
      comment?: string | null;
      /**
       * Format: email
       * @description Anonymous reporters only: an address for follow-up. Private (staff only); ignored when signed in.
       * @example lecteur@example.fr
       */
      email?: string | null;
    };
    ErrorReportCreated: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'open';
    };
    ErrorReportArticle: {
      slug: string;
      title: string;
    };
    ErrorReportUser: {
      username: string | null;
    };
    ErrorReport: {
      /** Format: uuid */
      id: string;
      article: components['schemas']['ErrorReportArticle'];
      /** @description Plain text as the reader sent it: escape it when displaying. */
      quote: string;
      /** @description UTF-16 offset of the quoted passage in title + '\n' + summary + '\n' + body (Markdown source) */
      quoteOffset: number;
      /** @description Whether the quote still occurs in the article's current text (re-checked on every change) */
      quoteFound: boolean;
      /** @description The article revision the quote refers to */
      articleRevision: number;
      /** @description Plain text: escape it when displaying. */
      suggestion: string | null;
      /** @description Plain text: escape it when displaying. */
      comment: string | null;
      /** @enum {string} */
      status: 'open' | 'accepted' | 'fixed' | 'rejected' | 'duplicate';
      /** Format: uuid */
      duplicateOfId: string | null;
      reporter: components['schemas']['ErrorReportUser'] | null;
      /** @description Staff only: an anonymous reporter's address */
      reporterEmail?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ErrorReportPage: {
      items: components['schemas']['ErrorReport'][];
      nextCursor: string | null;
    };
    ErrorReportEvent: {
      /** @enum {string|null} */
      fromStatus: 'open' | 'accepted' | 'fixed' | 'rejected' | 'duplicate' | null;
      /** @enum {string} */
      toStatus: 'open' | 'accepted' | 'fixed' | 'rejected' | 'duplicate';
      /** @description Plain text: escape it when displaying. */
      note: string | null;
      actor: components['schemas']['ErrorReportUser'] | null;
      /** Format: date-time */
      createdAt: string;
    };
    ErrorReportDetail: {
      /** Format: uuid */
      id: string;
      article: components['schemas']['ErrorReportArticle'];
      /** @description Plain text as the reader sent it: escape it when displaying. */
      quote: string;
      /** @description UTF-16 offset of the quoted passage in title + '\n' + summary + '\n' + body (Markdown source) */
      quoteOffset: number;
      /** @description Whether the quote still occurs in the article's current text (re-checked on every change) */
      quoteFound: boolean;
      /** @description The article revision the quote refers to */
      articleRevision: number;
      /** @description Plain text: escape it when displaying. */
      suggestion: string | null;
      /** @description Plain text: escape it when displaying. */
      comment: string | null;
      /** @enum {string} */
      status: 'open' | 'accepted' | 'fixed' | 'rejected' | 'duplicate';
      /** Format: uuid */
      duplicateOfId: string | null;
      reporter: components['schemas']['ErrorReportUser'] | null;
      /** @description Staff only: an anonymous reporter's address */
      reporterEmail?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      history: components['schemas']['ErrorReportEvent'][];
    };
    UpdateErrorReport: {
      /**
       * @description open → accepted|rejected|duplicate|fixed; accepted → fixed|rejected
       * @enum {string}
       */
      status: 'accepted' | 'rejected' | 'fixed' | 'duplicate';
      /**
       * @description Why; shown in the history to staff and to the reporter. Plain text.
       * @example Chiffre vérifié auprès de l’Insee : corrigé.
       */
      note?: string | null;
      /**
       * @description With status "fixed": a dated note appended to the article's public corrections log. Plain text.
       * @example Une version précédente de cet article indiquait un taux de chômage de 7,1 %.
       */
      correctionNote?: string | null;
      /**
       * Format: uuid
       * @description With status "duplicate": another report on the same article.
       */
      duplicateOfId?: string | null;
    };
    CreateFlag: {
      /** @enum {string} */
      reason: 'spam' | 'abuse' | 'off_topic' | 'illegal' | 'other';
      /** @example Propos injurieux envers un autre lecteur */
      comment?: string;
    };
    Flag: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      postId: string;
      /** @enum {string} */
      reason: 'spam' | 'abuse' | 'off_topic' | 'illegal' | 'other';
      /** @example Propos injurieux envers un autre lecteur */
      comment: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    QueuePost: {
      /** Format: uuid */
      id: string;
      number: number;
      body: string;
      html: string;
      /** @enum {string} */
      status: 'visible' | 'pending' | 'hidden' | 'deleted';
      flagCount: number;
      /** Format: date-time */
      createdAt: string;
    };
    QueuePostAuthor: {
      /** Format: uuid */
      id: string;
      username: string | null;
      /** Format: date-time */
      createdAt: string;
      postCount: number;
      /** @description Earlier moderation actions on this author */
      previousModeration: number;
    };
    QueueThread: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'open' | 'locked';
    };
    QueueArticle: {
      slug: string;
      title: string;
    };
    UsernameRef: {
      username: string | null;
    };
    QueueFlag: {
      /** @enum {string} */
      reason: 'spam' | 'abuse' | 'off_topic' | 'illegal' | 'other';
      comment: string | null;
      /** @description open, upheld or dismissed */
      outcome: string;
      /** Format: date-time */
      createdAt: string;
      by: components['schemas']['UsernameRef'] | null;
    };
    QueuePostSubject: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'post';
      post: components['schemas']['QueuePost'] | null;
      author: components['schemas']['QueuePostAuthor'] | null;
      thread: components['schemas']['QueueThread'] | null;
      article: components['schemas']['QueueArticle'] | null;
      flags: components['schemas']['QueueFlag'][];
    };
    QueueErrorReport: {
      /** Format: uuid */
      id: string;
      quote: string;
      suggestion: string | null;
      comment: string | null;
      status: string;
      /** Format: date-time */
      createdAt: string;
    };
    QueueErrorReportSubject: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'error_report';
      report: components['schemas']['QueueErrorReport'] | null;
      article: components['schemas']['QueueArticle'] | null;
    };
    QueueAppealReason: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      decisionId: string;
      /** Format: uuid */
      decidedById: string | null;
      explanation: string;
    };
    QueueReasons: {
      /**
       * @description Flag counts by reason
       * @example {
       *       "spam": 2,
       *       "abuse": 1
       *     }
       */
      flags?: {
        [key: string]: number;
      };
      /**
       * @description Watched words that matched
       * @example [
       *       "arnaque"
       *     ]
       */
      watchedWords?: string[];
      /** @description A new account's post held for approval */
      newAccount?: boolean;
      /** @description Hidden at once by the flag threshold */
      autoHidden?: boolean;
      /** @description An error report to handle */
      errorReport?: boolean;
      /** @description Open notices of illegal content (DSA art. 16) */
      dsaNotices?: number;
      /** @description The legal grounds the notices cite */
      legalGrounds?: string[];
      /** @description The author is under pre-moderation */
      userPremoderation?: boolean;
      /** @description Links in a post held for them */
      links?: number;
      /** @description The author's appeal (DSA art. 20) */
      appeal?: components['schemas']['QueueAppealReason'];
    };
    StaffUserRef: {
      /** Format: uuid */
      id: string;
      /** @description null for an erased account */
      username: string | null;
    };
    QueueItem: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'flagged' | 'pending' | 'error_report' | 'dsa_notice' | 'appeal';
      /** @enum {string} */
      status: 'open' | 'resolved';
      /** Format: date-time */
      createdAt: string;
      /** @description Why it is in the queue */
      reasons: components['schemas']['QueueReasons'];
      /** @description What the item is about, with the context needed to decide */
      subject: components['schemas']['QueuePostSubject'] | components['schemas']['QueueErrorReportSubject'];
      claimedBy: components['schemas']['StaffUserRef'] | null;
      /** Format: date-time */
      claimedAt: string | null;
      resolution: string | null;
      /** Format: date-time */
      resolvedAt: string | null;
      /** @description Optimistic concurrency version */
      version: number;
    };
    /** @description A page of QueueItem: pass nextCursor back as ?cursor= */
    QueuePage: {
      items: components['schemas']['QueueItem'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    QueueClaim: {
      /** Format: uuid */
      id: string;
      claimedBy: components['schemas']['StaffUserRef'];
      /** Format: date-time */
      claimedAt: string;
      version: number;
    };
    OptionalReason: {
      /** @example Débat apaisé, discussion rouverte */
      reason?: string;
    };
    ModeratedPost: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      threadId: string;
      number: number;
      /** @enum {string} */
      status: 'visible' | 'pending' | 'hidden' | 'deleted';
      flagCount: number;
      /** @example Propos injurieux */
      moderationReason: string | null;
    };
    ResolvedItem: {
      /** Format: uuid */
      id: string;
      /** @example approved */
      resolution: string;
      version: number;
    };
    PostModerationResult: {
      post: components['schemas']['ModeratedPost'];
      /** @description The queue item this action resolved */
      item: components['schemas']['ResolvedItem'] | null;
    };
    RequiredReason: {
      /** @example Propos injurieux */
      reason: string;
    };
    ThreadModerationResult: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'open' | 'locked';
    };
    SuspendUser: {
      /**
       * @description End of the suspension (ISO 8601, in the future)
       * @example 2030-01-01T00:00:00Z
       */
      until: string;
      /** @example Insultes répétées */
      reason: string;
    };
    UserModerationResult: {
      /** Format: uuid */
      id: string;
      username: string | null;
      /** @enum {string} */
      role: 'reader' | 'editor' | 'moderator' | 'admin';
      /** @enum {string} */
      status: 'active' | 'suspended' | 'banned';
      /** Format: date-time */
      suspendedUntil: string | null;
    };
    AuditLogEntry: {
      /** @description Identity id, as text */
      id: string;
      actor: components['schemas']['StaffUserRef'] | null;
      /** @example moderator */
      actorRole: string | null;
      /** @example post.hide */
      action: string;
      /** @example post */
      targetType: string;
      targetId: string;
      /** @example Propos injurieux */
      reason: string | null;
      /** @description The target before the action */
      before: {
        [key: string]: unknown;
      } | null;
      /** @description The target after the action */
      after: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description A page of AuditLogEntry: pass nextCursor back as ?cursor= */
    AuditLogPage: {
      items: components['schemas']['AuditLogEntry'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    WatchedWord: {
      /** Format: uuid */
      id: string;
      /** @example arnaque* */
      pattern: string;
      /** @enum {string} */
      action: 'block' | 'require_approval' | 'flag';
      createdBy: components['schemas']['StaffUserRef'] | null;
      /** Format: date-time */
      createdAt: string;
    };
    /** @description A page of WatchedWord: pass nextCursor back as ?cursor= */
    WatchedWordPage: {
      items: components['schemas']['WatchedWord'][];
      /**
       * @description Opaque cursor of the next page, null on the last page
       * @example null
       */
      nextCursor: string | null;
    };
    CreateWatchedWord: {
      /**
       * @description A word or phrase; `*` allowed at the start or end
       * @example arnaque*
       */
      pattern: string;
      /** @enum {string} */
      action: 'block' | 'require_approval' | 'flag';
    };
    QueueCounts: {
      flagged: number;
      pending: number;
      error_report: number;
      dsa_notice: number;
      appeal: number;
      /** @description Of the open appeals (counted in `appeal`), those against a decision the caller took: another staff member decides them */
      ownAppeals: number;
    };
    UserSearchItem: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string | null;
      /** @enum {string} */
      role: 'reader' | 'editor' | 'moderator' | 'admin';
      /**
       * @description Effective: an ended suspension is active
       * @enum {string}
       */
      status: 'active' | 'suspended' | 'banned';
    };
    UserSearchPage: {
      items: components['schemas']['UserSearchItem'][];
      /** @description Opaque cursor of the next page, null on the last page */
      nextCursor: string | null;
    };
    ContextUser: {
      /** Format: uuid */
      id: string;
      username: string | null;
      displayName: string | null;
      /** @enum {string} */
      role: 'reader' | 'editor' | 'moderator' | 'admin';
      /** @enum {string} */
      status: 'active' | 'suspended' | 'banned';
      /** Format: date-time */
      suspendedUntil: string | null;
      sanctionReason: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    ContextPremoderation: {
      /**
       * Format: date-time
       * @description null: until lifted
       */
      until: string | null;
      reason: string | null;
      /** Format: date-time */
      since: string;
    };
    ContextCounts: {
      posts: number;
      visible: number;
      pending: number;
      hidden: number;
      deleted: number;
      rejected: number;
      flagsReceived: number;
    };
    ContextSanction: {
      /** @example user.suspend */
      action: string;
      reason: string | null;
      /** @description The staff member's username */
      by: string | null;
      /** Format: date-time */
      createdAt: string;
      after: {
        [key: string]: unknown;
      } | null;
    };
    ContextArticle: {
      slug: string;
      title: string;
    };
    ContextPost: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      threadId: string;
      number: number;
      /** @enum {string} */
      status: 'visible' | 'pending' | 'hidden' | 'deleted';
      /** @description The first characters of the Markdown source */
      excerpt: string;
      /** Format: date-time */
      createdAt: string;
      article: components['schemas']['ContextArticle'];
    };
    Note: {
      /** Format: uuid */
      id: string;
      body: string;
      /** @description The staff member's username */
      author: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    UserContext: {
      user: components['schemas']['ContextUser'];
      premoderation: components['schemas']['ContextPremoderation'] | null;
      counts: components['schemas']['ContextCounts'];
      sanctions: components['schemas']['ContextSanction'][];
      /** @description The last 20, newest first */
      lastPosts: components['schemas']['ContextPost'][];
      notes: components['schemas']['Note'][];
    };
    CreateNote: {
      /** @example Averti par message privé le 12/11 pour propos agressifs. */
      body: string;
    };
    Premoderate: {
      /**
       * Format: date-time
       * @description Until when (omitted: until lifted)
       */
      until?: string;
      /** @example Messages hors sujet répétés. */
      reason: string;
    };
    Premoderation: {
      /** Format: uuid */
      userId: string;
      /**
       * Format: date-time
       * @description null: until lifted
       */
      until: string | null;
      reason: string;
    };
    CreateNotice: {
      /**
       * Format: uuid
       * @description The post the notice is about
       * @example 0b9e1c64-3f1e-4a53-9d0e-2f1f0d0a6c11
       */
      postId: string;
      /**
       * @description The law the content allegedly breaks
       * @example Diffamation (loi du 29 juillet 1881, art. 29)
       */
      legalGround: string;
      /**
       * @description Why the content is illegal, precisely enough to identify it
       * @example Ce message m’accuse nommément d’un délit sans aucun fondement.
       */
      explanation: string;
      /**
       * @description Where the acknowledgement and the decision are sent
       * @example jeanne@example.fr
       */
      email: string;
      /** @example Jeanne Martin */
      name?: string;
      /**
       * @description The notifier confirms in good faith that the notice is accurate and complete
       * @enum {boolean}
       */
      goodFaith: true;
    };
    NoticeCreated: {
      /** Format: uuid */
      id: string;
    };
    AppealSummary: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'open' | 'upheld' | 'reversed';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      decidedAt: string | null;
      note: string | null;
    };
    Decision: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      postId: string;
      /** @enum {string} */
      action: 'hide' | 'reject';
      /** @description The legal ground, or `house_rules` */
      ground: string;
      /** @description The facts and circumstances */
      explanation: string;
      /** @enum {string} */
      source: 'flag' | 'notice' | 'watched_word' | 'premoderation' | 'automated' | 'moderator';
      automated: boolean;
      /** Format: date-time */
      createdAt: string;
      appeal: components['schemas']['AppealSummary'] | null;
    };
    DecisionPage: {
      items: components['schemas']['Decision'][];
      nextCursor: string | null;
    };
    Appeal: {
      /**
       * @description Why the decision should be reversed
       * @example Mon message cite une source publique ; il ne contient aucune injure.
       */
      explanation: string;
    };
    AppealCreated: {
      /**
       * Format: uuid
       * @description The appeal's id
       */
      id: string;
      /** Format: uuid */
      decisionId: string;
      /** @enum {string} */
      status: 'open';
      /** Format: date-time */
      createdAt: string;
    };
    DecideAppeal: {
      /**
       * @description `reversed` restores the post
       * @enum {string}
       */
      outcome: 'upheld' | 'reversed';
      /**
       * @description The reasons, sent to the author
       * @example Le message relève du débat d’idées.
       */
      note: string;
    };
    AppealDecided: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      decisionId: string;
      /** @enum {string} */
      status: 'upheld' | 'reversed';
      /** Format: date-time */
      decidedAt: string;
    };
    TransparencyDecisions: {
      total: number;
      automated: number;
      manual: number;
      /**
       * @example {
       *       "hide": 12,
       *       "reject": 3
       *     }
       */
      byAction: {
        [key: string]: number;
      };
      /**
       * @example {
       *       "hide": 12,
       *       "reject": 3
       *     }
       */
      byGround: {
        [key: string]: number;
      };
      /**
       * @description flag, notice, watched word, pre-moderation, automated
       * @example {
       *       "hide": 12,
       *       "reject": 3
       *     }
       */
      bySource: {
        [key: string]: number;
      };
      /** @description Median seconds from the opening of the review to the decision; null without any */
      medianSecondsToDecision: number | null;
    };
    TransparencyOutcomes: {
      total: number;
      /**
       * @example {
       *       "hide": 12,
       *       "reject": 3
       *     }
       */
      byStatus: {
        [key: string]: number;
      };
      /** @description Median seconds from the opening of the review to the decision; null without any */
      medianSecondsToDecision: number | null;
    };
    TransparencyReport: {
      /**
       * Format: date
       * @example 2026-01-01
       */
      from: string;
      /**
       * Format: date
       * @example 2026-06-30
       */
      to: string;
      decisions: components['schemas']['TransparencyDecisions'];
      notices: components['schemas']['TransparencyOutcomes'];
      appeals: components['schemas']['TransparencyOutcomes'];
    };
    CreateWebhook: {
      /**
       * Format: uri
       * @example https://cms.journal.example/hooks/tribune
       */
      url: string;
      events: (
        | 'post.created'
        | 'post.flagged'
        | 'moderation.action'
        | 'error_report.created'
        | 'error_report.updated'
        | 'article.corrected'
        | 'dsa.notice.created'
      )[];
    };
    CreatedWebhook: {
      /** Format: uuid */
      id: string;
      /** Format: uri */
      url: string;
      events: (
        | 'post.created'
        | 'post.flagged'
        | 'moderation.action'
        | 'error_report.created'
        | 'error_report.updated'
        | 'article.corrected'
        | 'dsa.notice.created'
      )[];
      /** Format: date-time */
      createdAt: string;
      /** @description `whsec_` + base64 of 32 random bytes: verify signatures with it (Standard Webhooks). Shown once. */
      secret: string;
    };
    Webhook: {
      /** Format: uuid */
      id: string;
      /** Format: uri */
      url: string;
      events: (
        | 'post.created'
        | 'post.flagged'
        | 'moderation.action'
        | 'error_report.created'
        | 'error_report.updated'
        | 'article.corrected'
        | 'dsa.notice.created'
      )[];
      /** Format: date-time */
      createdAt: string;
    };
    WebhookList: {
      items: components['schemas']['Webhook'][];
      nextCursor: string | null;
    };
    WebhookDelivery: {
      /**
       * Format: uuid
       * @description The `webhook-id` header of every attempt
       */
      id: string;
      /** Format: uuid */
      eventId: string;
      /** @enum {string} */
      eventType:
        | 'post.created'
        | 'post.flagged'
        | 'moderation.action'
        | 'error_report.created'
        | 'error_report.updated'
        | 'article.corrected'
        | 'dsa.notice.created';
      /** @enum {string} */
      status: 'pending' | 'succeeded' | 'failed' | 'cancelled';
      attempts: number;
      lastStatusCode: number | null;
      lastError?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastAttemptAt: string | null;
      /** Format: date-time */
      nextAttemptAt: string | null;
      /** Format: date-time */
      deliveredAt: string | null;
    };
    WebhookDeliveryList: {
      items: components['schemas']['WebhookDelivery'][];
      nextCursor: string | null;
    };
    UpdateMe: {
      /** @example Marie Lefèvre */
      displayName?: string;
      /** @example Lectrice à Lyon, passionnée de politique locale. */
      bio?: string;
    };
    AccountExport: {
      /** Format: date-time */
      exportedAt: string;
      /** @description The account row */
      account: {
        [key: string]: unknown;
      };
      /** @description Every post written, with its body */
      posts: {
        [key: string]: unknown;
      }[];
      /** @description Every edit made */
      revisions: {
        [key: string]: unknown;
      }[];
      votes: {
        [key: string]: unknown;
      }[];
      flags: {
        [key: string]: unknown;
      }[];
      pollBallots: {
        [key: string]: unknown;
      }[];
      errorReports: {
        [key: string]: unknown;
      }[];
      notifications: {
        [key: string]: unknown;
      }[];
      /** @description Sessions (refresh tokens): dates only, never the token */
      sessions: {
        [key: string]: unknown;
      }[];
    };
    PublicProfile: {
      /** Format: uuid */
      id: string;
      /** @example marie_l */
      username: string;
      /** @example Marie Lefèvre */
      displayName: string;
      /** @example Lectrice à Lyon, passionnée de politique locale. */
      bio: string;
      /** @enum {string} */
      role: 'reader' | 'editor' | 'moderator' | 'admin';
      /** @description Posts written */
      postCount: number;
      /** Format: date-time */
      createdAt: string;
    };
    CreateApiKey: {
      /** @example CMS */
      name: string;
      scopes: ('articles:write' | 'error-reports:read' | 'error-reports:write' | 'moderation:read' | 'sso')[];
    };
    CreatedApiKey: {
      /** Format: uuid */
      id: string;
      name: string;
      scopes: ('articles:write' | 'error-reports:read' | 'error-reports:write' | 'moderation:read' | 'sso')[];
      /**
       * @description The first characters of the key, to recognise it
       * @example trb_AbCd
       */
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** @description The key itself (prefix `trb_`): shown this once, stored only hashed */
      key: string;
    };
    ApiKey: {
      /** Format: uuid */
      id: string;
      name: string;
      scopes: ('articles:write' | 'error-reports:read' | 'error-reports:write' | 'moderation:read' | 'sso')[];
      /**
       * @description The first characters of the key, to recognise it
       * @example trb_AbCd
       */
      prefix: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string | null;
    };
    ApiKeyList: {
      items: components['schemas']['ApiKey'][];
      /** @description Always null: every active key fits one page */
      nextCursor: string | null;
    };
  };
  responses: never;
  parameters: {
    /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
    AcceptLanguage: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getLiveness: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Liveness'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  register: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Register'];
      };
    };
    responses: {
      /** @description The new account, signed in */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Username or email already taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description displayName reserved: it reads as a staff member’s name or a reserved word */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Login'];
      };
    };
    responses: {
      /** @description Signed in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong login or password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Account banned or suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  refreshSession: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Refresh'];
      };
    };
    responses: {
      /** @description A new pair, with the account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid, expired, revoked or reused refresh token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  verifyEmail: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyEmail'];
      };
    };
    responses: {
      /** @description Verified (GET /api/me shows emailVerified: true) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or malformed token */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, used or expired token (nothing changed) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resendVerificationEmail: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mail is queued */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The address is already confirmed (auth.email_already_verified), or the account has none (auth.email_missing) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests for this account or from this IP in the last hour */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Refresh'];
      };
    };
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  forgotPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ForgotPassword'];
      };
    };
    responses: {
      /** @description A mail is on its way if an account has this address */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  resetPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPassword'];
      };
    };
    responses: {
      /** @description Password changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Invalid, expired or already used token */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeMyPassword: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePassword'];
      };
    };
    responses: {
      /** @description Password changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong current password (field currentPassword) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PrivateProfile'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteMe: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeleteMe'];
      };
    };
    responses: {
      /** @description Erased */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong password (field password) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMe'];
      };
    };
    responses: {
      /** @description The profile after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PrivateProfile'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description displayName reserved: it reads as a staff member’s name or a reserved word */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signInWithSso: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SsoSignIn'];
      };
    };
    responses: {
      /** @description Signed in (the account created on first use) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description No token */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused token; `code` names the reason: auth.sso_malformed, auth.sso_alg_none, auth.sso_alg_not_allowed, auth.sso_bad_signature, auth.sso_wrong_issuer, auth.sso_expired, auth.sso_exp_too_far, auth.sso_iat_in_future, auth.sso_claim_missing, auth.sso_claim_invalid, auth.sso_replayed */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The linked account is banned or suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description SSO is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  startOidcLogin: {
    parameters: {
      query?: {
        /** @description The page to come back to (this site or one of CORS_ORIGINS); default PUBLIC_URL */
        returnTo?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the provider's authorization endpoint */
      302: {
        headers: {
          /** @description Where to go */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description returnTo is not a page of this site or of CORS_ORIGINS */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description OIDC is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The provider could not be reached for discovery */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeOidcLogin: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Back to the page, with tribune_code or tribune_error in the fragment */
      302: {
        headers: {
          /** @description Where to go */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No login in progress in this browser (cookie missing or expired) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description OIDC is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exchangeOidcCode: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OidcExchange'];
      };
    };
    responses: {
      /** @description Signed in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown, expired or already used code (auth.oidc_code_invalid) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The account is banned or suspended */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description OIDC is not configured */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setupTwoFactor: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TwoFactorSetupResponse'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already enabled (auth.two_factor_already_enabled) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enableTwoFactor: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TwoFactorCode'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesResponse'];
        };
      };
      /** @description No code */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not set up, or already enabled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong or already used code (auth.otp_invalid, field code) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  disableTwoFactor: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TwoFactorCode'];
      };
    };
    responses: {
      /** @description Done, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not enabled (auth.two_factor_not_enabled) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong or already used code (auth.otp_invalid, field code) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAdminUsers: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
        /** @description Prefix of the username, display name or email, case-insensitive */
        q?: string;
        role?: 'reader' | 'editor' | 'moderator' | 'admin';
        /** @description Effective status: a suspension whose end has passed counts as active */
        status?: 'active' | 'suspended' | 'banned';
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUserPage'];
        };
      };
      /** @description Bad filter, limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeUserRole: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeRole'];
      };
    };
    responses: {
      /** @description The account after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUser'];
        };
      };
      /** @description Unknown role */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin, or changing one own role */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such account */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Last admin, or account erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  banUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SanctionReason'];
      };
    };
    responses: {
      /** @description The account after the ban */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUser'];
        };
      };
      /** @description Missing or too long reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such account */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already banned, or account erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  unbanUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SanctionReason'];
      };
    };
    responses: {
      /** @description The account after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUser'];
        };
      };
      /** @description Missing or too long reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such account */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not banned, or account erased */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  anonymizeUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The erased account, as the console now shows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUser'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such account */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already erased, or last admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveSettings'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SettingsPatch'];
      };
    };
    responses: {
      /** @description The effective settings after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LiveSettings'];
        };
      };
      /** @description Out-of-range value or unknown key, naming the field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description requireStaffTwoFactor: true by an admin without 2FA (admin.two_factor_first) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  streamThreadEvents: {
    parameters: {
      query?: never;
      header?: {
        'last-event-id'?: string;
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An endless event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such thread (or its article is not yet published) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many open streams from this IP (SSE_MAX_STREAMS_PER_IP) */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This instance is shutting down: reconnect */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyNotifications: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
      /** @description Bad limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markMyNotificationsRead: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkRead'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkReadResult'];
        };
      };
      /** @description Neither or both of ids and all */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMyPreferences: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Preferences'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Success */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateMyPreferences: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePreferences'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Preferences'];
        };
      };
      /** @description An unknown key or a value that is not a boolean */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Success */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createMyEventsTicket: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventTicket'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Success */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  streamMyEvents: {
    parameters: {
      query: {
        /** @description From POST /api/me/events/ticket; used once */
        ticket: unknown;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An endless event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No ticket, or an unknown, used or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many open streams from this IP; Retry-After: 5 */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This instance is shutting down; reconnect */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  unsubscribe: {
    parameters: {
      query: {
        /** @description From a mail's List-Unsubscribe link */
        token: unknown;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description That kind of mail is off */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsubscribeResult'];
        };
      };
      /** @description Missing, forged or expired token (nothing changed) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description That kind of mail is already off: the link was used (nothing changed) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listArticles: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
        /** @description Editors and admins: also the articles not yet published (embargoed or scheduled), newest publication time first, so those to come lead the list (401 signed out, 403 for other roles) */
        include?: 'unpublished';
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArticlePage'];
        };
      };
      /** @description Bad limit, cursor or include */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description include=unpublished while signed out */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description include=unpublished by someone other than an editor or admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createArticle: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateArticle'];
      };
    };
    responses: {
      /** @description The article, with thread, polls and corrections */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an editor or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The explicit slug is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getArticle: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description Not modified: the If-None-Match sent names the current ETag (anonymous callers; no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateArticle: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateArticle'];
      };
    };
    responses: {
      /** @description The article after the edit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The new slug is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  syncArticleByExternalId: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SyncArticle'];
      };
    };
    responses: {
      /** @description Updated */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description Created, with its discussion thread */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description Malformed externalId or body */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an unknown or revoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Key without `articles:write`, or a user who is not an active editor/admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCommentCounts: {
    parameters: {
      query: {
        /** @description Comma-separated slugs (1–100) */
        articles: unknown;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Counts'];
        };
      };
      /** @description No slug, more than 100, or a malformed one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCountScript: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JavaScript */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/javascript': string;
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getThread: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Thread'];
        };
      };
      /** @description Not modified: the If-None-Match sent names the current ETag (anonymous callers; no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such thread */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listThreadPosts: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
        /** @description Posts whose number is greater than this (post-number order only) */
        after?: number;
        /** @description number: oldest first; newest: newest first; top: best score first */
        sort?: 'number' | 'newest' | 'top';
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostPage'];
        };
      };
      /** @description Not modified: the If-None-Match sent names the current ETag (anonymous callers; no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad limit, after, sort or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such thread */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createThreadPost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePost'];
      };
    };
    responses: {
      /** @description Published */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Post'];
        };
      };
      /** @description Waiting for approval (status pending) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Post'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such thread, or replyTo names a post the caller cannot see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Thread locked or closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description replyTo is not a post of this thread, or refused by a moderation rule */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Post'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deletePost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not the author, suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  editPost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EditPost'];
      };
    };
    responses: {
      /** @description The post after the edit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Post'];
        };
      };
      /** @description The post, sent back to approval by a moderation rule */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Post'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not the author, edit window passed, suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Thread locked, or post deleted */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a moderation rule (blocked word) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPostRevisions: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostRevision'][];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Neither the author nor staff */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  votePost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PostVote'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoteResult'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The post is not visible */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Voting on one own post */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawPostVote: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VoteResult'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listFeaturedPosts: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeaturedPostPage'];
        };
      };
      /** @description Not modified: the If-None-Match sent names the current ETag (anonymous callers; no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such thread */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  featurePost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The post, `featured: true` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Post'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Success */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an editor, moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such post */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The post is not visible */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  unfeaturePost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The post, `featured: false` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Post'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Success */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an editor, moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such post */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUserPosts: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPostPage'];
        };
      };
      /** @description Bad limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  search: {
    parameters: {
      query: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
        /** @description websearch_to_tsquery syntax: words, "a phrase", or, -excluded. Accents and plurals are ignored. */
        q: string;
        /** @description An article's slug: search only that article and its thread */
        article?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchPage'];
        };
      };
      /** @description q missing or longer than 200 characters, bad limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description article: no published article has this slug */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many searches from this IP */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createArticlePoll: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePoll'];
      };
    };
    responses: {
      /** @description The poll, as its author sees it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Poll'];
        };
      };
      /** @description Invalid fields (labels, maxChoices against mode, closesAt in the past…) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an editor or admin, or account suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such article */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPoll: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Poll'];
        };
      };
      /** @description Not modified: the If-None-Match sent names the current ETag (anonymous callers; no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  votePoll: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PollBallot'];
      };
    };
    responses: {
      /** @description The poll as the voter now sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Poll'];
        };
      };
      /** @description Wrong number of options, duplicates, malformed ids */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Poll closed, or already voted where votes may not change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An option of another poll */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawPollVote: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Withdrawn (or there was no vote) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Poll closed, or votes may not change */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited: retry after `Retry-After` seconds */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  closePoll: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The closed poll */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Poll'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createErrorReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateErrorReport'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorReportCreated'];
        };
      };
      /** @description Malformed body (e.g. quote empty or over 1,000 characters, invalid email) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Suspended or banned account */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such published article */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This reporter already reported this passage today */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The quote does not occur in the article (field quote) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many reports from this IP or account */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listErrorReports: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
        status?: 'open' | 'accepted' | 'fixed' | 'rejected' | 'duplicate';
        /** @description The article's slug */
        article?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorReportPage'];
        };
      };
      /** @description Bad filter, limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an editor, moderator or admin, or a key without `error-reports:read` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getErrorReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorReportDetail'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description An unknown or revoked key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A key without `error-reports:read` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateErrorReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateErrorReport'];
      };
    };
    responses: {
      /** @description The report after the change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorReportDetail'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an editor, moderator or admin, or account suspended/banned, or a key without `error-reports:write` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (or another editor got there first) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description duplicateOfId missing or not another report on the same article; correctionNote without "fixed" */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  flagPost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFlag'];
      };
    };
    responses: {
      /** @description Flag recorded; the post is queued for review */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flag'];
        };
      };
      /** @description Invalid reason or comment */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such post visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already flagged by this user */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description One cannot flag one’s own post */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many flags */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listModerationQueue: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
        kind?: 'flagged' | 'pending' | 'error_report' | 'dsa_notice' | 'appeal';
        status?: 'open' | 'resolved';
        /** @description Only items about this article (its posts and error reports), by slug */
        article?: string;
        /** @description `oldest`: by creation, oldest first (the work queue). `newest`: latest first — resolved items by the time they were resolved (the history of decisions), open ones by creation. Each order has its own cursors. */
        order?: 'oldest' | 'newest';
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueuePage'];
        };
      };
      /** @description Bad filter or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  claimQueueItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueClaim'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such item */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Claimed by another moderator, or already resolved */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  releaseQueueItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such item */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Claimed by another moderator */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  approvePost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OptionalReason'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostModerationResult'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such post */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing to approve, or the item is claimed by another moderator */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rejectPost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OptionalReason'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostModerationResult'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such post */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The post is not pending, or the item is claimed by another moderator */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  hidePost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequiredReason'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostModerationResult'];
        };
      };
      /** @description Missing reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such post */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already hidden (and no open item to confirm) or deleted, or claimed by another moderator */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  restorePost: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequiredReason'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostModerationResult'];
        };
      };
      /** @description Missing reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such post */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not hidden, or claimed by another moderator */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  lockThread: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OptionalReason'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThreadModerationResult'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such thread */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already locked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  unlockThread: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OptionalReason'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThreadModerationResult'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such thread */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not locked */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  suspendUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SuspendUser'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserModerationResult'];
        };
      };
      /** @description until missing, malformed or not in the future; reason missing */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed on this account (rank), or not a moderator or admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The account is banned */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  unsuspendUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OptionalReason'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserModerationResult'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not suspended */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAuditLog: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
        /** @description Actor user id */
        actor?: string;
        action?: string;
        targetType?: string;
        /** @description Target id */
        targetId?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditLogPage'];
        };
      };
      /** @description Bad filter or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWatchedWords: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WatchedWordPage'];
        };
      };
      /** @description Bad limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createWatchedWord: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWatchedWord'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WatchedWord'];
        };
      };
      /** @description Invalid pattern or action */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The pattern already exists (ignoring case) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteWatchedWord: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or suspended/banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such watched word */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  countModerationQueue: {
    parameters: {
      query?: {
        /** @description Count only the items about this article (its posts and error reports), by slug, as the queue filters */
        article?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueueCounts'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createModerationEventsTicket: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventTicket'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  streamModerationEvents: {
    parameters: {
      query: {
        /** @description From POST /api/moderation/events/ticket; used once */
        ticket: unknown;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An endless event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No ticket, or an unknown, used or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The ticket holder is not (or no longer) a moderator or admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many open streams from this IP; Retry-After: 5 */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  searchModerationUsers: {
    parameters: {
      query: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
        /** @description Any part of the username or display name, any case */
        q: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSearchPage'];
        };
      };
      /** @description q missing, shorter than 2 or longer than 64 characters; bad limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUserContext: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserContext'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user (or erased) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addUserNote: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNote'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Note'];
        };
      };
      /** @description Empty note or over 2,000 characters */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  premoderateUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Premoderate'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Premoderation'];
        };
      };
      /** @description until malformed or not in the future; reason missing */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed on this account (staff, or oneself) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  liftUserPremoderation: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done, no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not allowed on this account */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not under pre-moderation */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createDsaNotice: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateNotice'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeCreated'];
        };
      };
      /** @description Missing or invalid field (goodFaith must be true, email valid) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such post */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many notices from this IP or account; see Retry-After */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyDecisions: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionPage'];
        };
      };
      /** @description Bad limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  appealDecision: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Appeal'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppealCreated'];
        };
      };
      /** @description Missing or too long explanation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such decision about one of my posts */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description This decision was already appealed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description More than six months after the decision */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  decideAppeal: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideAppeal'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppealDecided'];
        };
      };
      /** @description Bad outcome or missing note */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a moderator or admin, or the moderator who took the decision */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such appeal */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Already decided */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTransparencyReport: {
    parameters: {
      query?: {
        /** @description First day (UTC), YYYY-MM-DD; default: one year before `to` */
        from?: string;
        /** @description Last day (UTC), YYYY-MM-DD, included; default: today */
        to?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report (JSON, or CSV rows section,key,value) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransparencyReport'];
          'text/csv': string;
        };
      };
      /** @description from/to not dates, or from after to */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookList'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin (an API key never passes) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhook'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhook'];
        };
      };
      /** @description Not a URL, or an unknown event */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin (an API key never passes) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not http(s), a private/loopback target, or a redirect to one */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin (an API key never passes) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such webhook */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Opaque cursor from a previous page */
        cursor?: string;
      };
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryList'];
        };
      };
      /** @description Bad limit or cursor */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin (an API key never passes) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such webhook */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportMe: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountExport'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No credentials, or an invalid or expired token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Signed in but not allowed (role), or account suspended or banned */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUserProfile: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicProfile'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Absent, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyList'];
        };
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin (an API key never passes) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKey'];
      };
    };
    responses: {
      /** @description Created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKey'];
        };
      };
      /** @description Missing name, or an unknown scope */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin (an API key never passes) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description fr or en: the language of `detail` in errors and of neutral names (default en) */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description A UUID; a malformed one answers 404 like an absent one */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Malformed body or query: unknown field, wrong type or out-of-range value; `errors[]` names each field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not an active admin (an API key never passes) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such active key */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body larger than 256 KB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Database unreachable or instance draining: retry after `Retry-After` seconds */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
