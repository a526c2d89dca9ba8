import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildOfflineOpenApiDocument } from '../app.factory.js';
import { loadConfig } from '../config/config.js';
import { generateWebTypes, WEB_TYPES_FILE } from './web-types.js';

/**
 * `node dist/src/openapi/dump.js [--web-types] <file>…` writes the OpenAPI
 * document, built without a database, to each file (`npm run build` writes
 * public/openapi.json; `npm run openapi` writes ./openapi.json); with
 * `--web-types`, also regenerates the web pages' types (web/src/shared/api-types.ts).
 * The default configuration is used: the document does not depend on the environment.
 */
async function main(args: string[]): Promise<void> {
  const document = await buildOfflineOpenApiDocument(loadConfig({}));
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const targets = args.filter((arg) => arg !== '--web-types');
  for (const target of targets) await write(target, text);
  if (args.includes('--web-types')) await write(WEB_TYPES_FILE, await generateWebTypes(document));
}

async function write(target: string, text: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  process.stderr.write(`written: ${target}\n`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
