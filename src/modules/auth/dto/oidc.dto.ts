import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class OidcLoginQueryDto {
  @ApiPropertyOptional({
    description: 'The page to come back to (this site or one of CORS_ORIGINS); default PUBLIC_URL',
    example: 'https://www.journal.fr/article/42',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  returnTo?: string;
}

export class OidcExchangeDto {
  @ApiProperty({ description: 'The `tribune_code` from the URL fragment of the page the callback sent back to' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  code: string;
}
