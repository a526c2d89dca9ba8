/**
 * The route template a request matched ('/api/threads/:id'), never its raw path, read
 * from what each of Nest's HTTP adapters leaves on its request: Express's `route.path`
 * under `baseUrl`, Fastify's `routeOptions.url`. Undefined before routing, or when no
 * route matched.
 */
export function routeTemplate(request: object): string | undefined {
  const { route, baseUrl, routeOptions } = request as {
    route?: { path?: unknown };
    baseUrl?: unknown;
    routeOptions?: { url?: unknown };
  };
  if (typeof route?.path === 'string') return `${typeof baseUrl === 'string' ? baseUrl : ''}${route.path}`;
  if (typeof routeOptions?.url === 'string') return routeOptions.url;
  return undefined;
}
