import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ActiveUser, Roles } from './decorators.js';

/**
 * An administration controller: active admins only (a banned or suspended admin
 * keeps no powers), documented under `admin` with its 401 and 403.
 */
export const AdminOnly = () =>
  applyDecorators(
    ApiTags('admin'),
    ApiBearerAuth(),
    Roles('admin'),
    ActiveUser(),
    ApiResponse({ status: 401, description: 'Not signed in' }),
    ApiResponse({ status: 403, description: 'Not an active admin (an API key never passes)' }),
  );
