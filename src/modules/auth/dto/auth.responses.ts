import { ApiProperty } from '@nestjs/swagger';
import { PrivateProfileDto } from '../../users/dto/users.responses.js';
import type { Session, TokenPair } from '../auth.service.js';

export class TokenPairDto implements TokenPair {
  @ApiProperty({ description: 'A short-lived JWT: send it as `Authorization: Bearer <accessToken>`' })
  accessToken: string;
  @ApiProperty({ description: 'Opaque, single use: POST it to /api/auth/refresh for a new pair' })
  refreshToken: string;
  @ApiProperty({ type: 'integer', description: 'Lifetime of the access token, in seconds', example: 900 })
  expiresIn: number;
}

/** A signed-in session: the account and its tokens. */
export class SessionDto extends TokenPairDto implements Session {
  @ApiProperty({ type: PrivateProfileDto }) user: PrivateProfileDto;
}
