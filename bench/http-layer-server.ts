/**
 * One server of `BENCH_ONLY=http-layer`: Tribune's AppModule under Fastify (createApp,
 * exactly as main.ts runs it) or under Express (bench/express-app.ts), chosen by
 * BENCH_HTTP_LAYER, configured from the environment like main.ts. The database is
 * migrated by the bench beforehand.
 */
import 'reflect-metadata';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/config.js';
import { createExpressApp } from './express-app.js';

const layer = process.env.BENCH_HTTP_LAYER;
if (layer !== 'express' && layer !== 'fastify') throw new Error(`BENCH_HTTP_LAYER: express or fastify, not '${layer}'`);
const config = loadConfig();
const options = { config, databaseUrl: config.DATABASE_URL! };
const app = layer === 'fastify' ? await createApp(options) : await createExpressApp(options);
await app.listen(config.PORT, '127.0.0.1');
