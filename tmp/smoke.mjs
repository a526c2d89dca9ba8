import 'reflect-metadata';
import { createApp } from '/work/wt/lead/dist/src/app.factory.js';
import { loadConfig } from '/work/wt/lead/dist/src/config/config.js';
import { runMigrations } from '/work/wt/lead/dist/src/database/bootstrap.js';
const url = 'postgres://postgres@127.0.0.1:5432/lead_smoke';
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: url, TRUST_PROXY: 'loopback' });
try {
  await runMigrations(config, url);
  const app = await createApp({ config, databaseUrl: url });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.listen(3999, '127.0.0.1');
  console.log('listening');
} catch (e) { console.error('FAILED', e); process.exit(2); }
