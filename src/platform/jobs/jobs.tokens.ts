/** The application database's connection string, for the job queue's own pool. */
export const DATABASE_URL = Symbol('DATABASE_URL');
