import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { API_KEY_SCOPE, IS_PUBLIC, REQUIRED_ROLES, REQUIRES_ACTIVE } from '../../src/common/auth/decorators.js';

export interface DeclaredRoute {
  method: string;
  path: string;
  controller: string;
  handler: string;
  access: 'public' | 'roles' | 'active' | 'none';
  /** The scope a service API key needs on this route (@ApiKeyScope), if keys are admitted. */
  apiKeyScope: string | null;
}

const join = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/** Every route the app registers, with the access rule it declares (from controller metadata). */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const discovery = app.get(DiscoveryService);
  const reflector = app.get(Reflector);
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!instance || !type) continue;
    const prefixes = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, type) ?? '');
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const handler = proto[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (paths === undefined || method === undefined) continue;
      const targets = [handler as () => unknown, type];
      const access = reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)
        ? 'public'
        : reflector.getAllAndOverride(REQUIRED_ROLES, targets)
          ? 'roles'
          : reflector.getAllAndOverride(REQUIRES_ACTIVE, targets)
            ? 'active'
            : 'none';
      for (const prefix of prefixes) {
        for (const path of ([] as string[]).concat(paths)) {
          routes.push({
            method: RequestMethod[method],
            path: join(prefix, path),
            controller: type.name,
            handler: name,
            access,
            apiKeyScope: reflector.getAllAndOverride<string | undefined>(API_KEY_SCOPE, targets) ?? null,
          });
        }
      }
    }
  }
  return routes;
}
