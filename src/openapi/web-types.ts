import type { OpenAPIObject } from '@nestjs/swagger';

/** Where the web pages' generated API types live (committed; a test fails when stale). */
export const WEB_TYPES_FILE = 'web/src/shared/api-types.ts';

/**
 * TypeScript types of every path and schema of the document, as
 * `openapi-typescript` writes them, for the web pages and `openapi-fetch`.
 * openapi-typescript and prettier are development tools: they are loaded only here.
 */
export async function generateWebTypes(document: OpenAPIObject): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const prettier = await import('prettier');
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)) as Parameters<typeof openapiTS>[0], {
    silent: true,
  });
  const options = (await prettier.resolveConfig(WEB_TYPES_FILE)) ?? {};
  return prettier.format(astToString(ast), { ...options, parser: 'typescript' });
}
