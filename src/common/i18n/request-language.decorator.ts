import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { preferredLanguage, type Language } from './messages.js';

/** The response language the caller prefers (Accept-Language: French or English). */
export const RequestLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return preferredLanguage(request.headers['accept-language']);
});
