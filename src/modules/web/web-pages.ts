/** The reader pages that mails and mentions link to: one HTML, routed by its script on the path. */
export const READER_PAGES = ['/reset-password', '/verify-email', '/unsubscribe'];

/**
 * Paths that are no file of public/ but render one (its script routes on the
 * path), as web.module.ts mounts them: for the precompressed copies too.
 */
export const RENDERED_PAGES: ReadonlyArray<{ path: string; prefix: boolean; file: string }> = [
  { path: '/articles/', prefix: true, file: 'article/index.html' },
  ...READER_PAGES.map((path) => ({ path, prefix: false, file: 'reader/index.html' })),
  { path: '/u/', prefix: true, file: 'reader/index.html' },
];
