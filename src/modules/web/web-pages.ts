/** The reader pages that mails and mentions link to: one HTML, routed by its script on the path. */
export const READER_PAGES = ['/reset-password', '/verify-email', '/unsubscribe'];

/**
 * Paths that are no file of public/ but render one (its script routes on the path),
 * as Fastify route URLs; `/u/*` renders reader/index.html too, after a look-up
 * (ProfilePagesService).
 */
export const RENDERED_PAGES: ReadonlyArray<{ url: string; file: string }> = [
  { url: '/articles/*', file: '/article/index.html' },
  ...READER_PAGES.map((url) => ({ url, file: '/reader/index.html' })),
];

/** The public profiles, /u/<username> (where @mentions in posts link). */
export const PROFILE_PAGES = { url: '/u/*', file: '/reader/index.html' };
