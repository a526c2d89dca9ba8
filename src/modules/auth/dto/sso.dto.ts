import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class SsoSignInDto {
  @ApiProperty({ description: "A JWT signed by the news site's backend (HS256, RS256 or ES256)" })
  @IsString()
  @MinLength(1)
  @MaxLength(8192)
  token: string;
}
