import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import {
  INTERCEPTORS_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import { accessRuleOf, type AccessRule } from '../common/auth/decorators.js';
import { UuidParamPipe } from '../common/http/uuid-param.pipe.js';
import { RATE_LIMIT } from '../platform/rate-limit/rate-limit.decorator.js';
import { ReadCacheInterceptor } from '../platform/read-cache/read-cache.interceptor.js';

// @nestjs/swagger's metadata keys (its constants module is not exported).
const EXCLUDE_CONTROLLER = 'swagger/apiExcludeController';
const EXCLUDE_ENDPOINT = 'swagger/apiExcludeEndpoint';

/** One route the app registers, with what its decorators say (read once, for the document and the tests). */
export interface AppRoute {
  /** Lower-case HTTP method, as in an OpenAPI document. */
  method: string;
  /** The OpenAPI path: global prefix applied, `:id` written `{id}`. */
  path: string;
  controller: Type;
  handlerName: string;
  access: AccessRule;
  rateLimited: boolean;
  /** Served through the anonymous read cache (ETag, If-None-Match → 304). */
  readCached: boolean;
  /** Path parameters parsed by UuidParamPipe (a malformed one is a 404). */
  uuidParams: string[];
  /** Excluded from the document on purpose (@ApiExcludeController / @ApiExcludeEndpoint). */
  excluded: boolean;
}

export interface RoutePrefix {
  globalPrefix: string;
  /** Controller paths served outside the global prefix. */
  unprefixed: readonly string[];
}

const trimSlashes = (part: string) => part.replace(/^\/+|\/+$/g, '');

function joinPath(parts: string[]): string {
  const joined = parts.map(trimSlashes).filter(Boolean).join('/');
  return `/${joined}`.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

interface ControllerHost {
  container: { getModules(): Map<string, { controllers: Map<unknown, { metatype: unknown }> }> };
}

/** Every controller class of the application (also in preview mode, where nothing is instantiated). */
function controllerTypes(app: INestApplication): Type[] {
  const types = new Set<Type>();
  for (const module of (app as unknown as ControllerHost).container.getModules().values()) {
    for (const wrapper of module.controllers.values()) {
      if (typeof wrapper.metatype === 'function') types.add(wrapper.metatype as Type);
    }
  }
  return [...types];
}

function methodsOf(controller: Type): Array<[string, (...args: unknown[]) => unknown]> {
  const found: Array<[string, (...args: unknown[]) => unknown]> = [];
  for (let proto = controller.prototype as object | null; proto && proto !== Object.prototype;) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const value = (proto as Record<string, unknown>)[name];
      if (name !== 'constructor' && typeof value === 'function' && !found.some(([known]) => known === name)) {
        found.push([name, value as (...args: unknown[]) => unknown]);
      }
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return found;
}

interface RouteArgument {
  data?: unknown;
  pipes?: unknown[];
}

function uuidParamsOf(controller: Type, handlerName: string): string[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<
    string,
    RouteArgument
  >;
  return Object.entries(args)
    .filter(([key, arg]) => key.startsWith(`${RouteParamtypes.PARAM}:`) && arg.pipes?.includes(UuidParamPipe))
    .map(([, arg]) => String(arg.data));
}

/** Every HTTP route of the app with its access rule, rate limit and documentation status. */
export function routeTable(app: INestApplication, prefix: RoutePrefix): AppRoute[] {
  const reflector = new Reflector();
  const routes: AppRoute[] = [];
  for (const controller of controllerTypes(app)) {
    const controllerPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const controllerExcluded = Reflect.getMetadata(EXCLUDE_CONTROLLER, controller)?.[0] === true;
    for (const [handlerName, handler] of methodsOf(controller)) {
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (paths === undefined || method === undefined) continue;
      const excluded = controllerExcluded || Reflect.getMetadata(EXCLUDE_ENDPOINT, handler)?.disable === true;
      for (const controllerPath of controllerPaths) {
        for (const path of ([] as string[]).concat(paths)) {
          // As Nest's `exclude`: the route's own path, without the prefix, names it.
          const global = prefix.unprefixed.includes(joinPath([controllerPath, path]).slice(1))
            ? ''
            : prefix.globalPrefix;
          routes.push({
            method: RequestMethod[method].toLowerCase(),
            path: joinPath([global, controllerPath, path]),
            controller,
            handlerName,
            access: accessRuleOf(reflector, [handler, controller]),
            rateLimited: Reflect.getMetadata(RATE_LIMIT, handler) !== undefined,
            readCached: ((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[]).includes(
              ReadCacheInterceptor,
            ),
            uuidParams: uuidParamsOf(controller, handlerName),
            excluded,
          });
        }
      }
    }
  }
  return routes;
}
