import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { API_KEY_SCOPES, type ApiKeyScopeName } from '../../../common/auth/decorators.js';

export class CreateApiKeyDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'CMS' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: ApiKeyScopeName[];
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes: ApiKeyScopeName[];
  @ApiProperty({ description: 'The first characters of the key, to recognise it', example: 'trb_AbCd' })
  prefix: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key itself (prefix `trb_`): shown this once, stored only hashed' })
  key: string;
}

export class ApiKeyListDto {
  @ApiProperty({ type: ApiKeyDto, isArray: true }) items: ApiKeyDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: every active key fits one page' })
  nextCursor: string | null;
}
