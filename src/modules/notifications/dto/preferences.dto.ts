import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

/** PUT /api/me/preferences: any of the four switches; an unknown key is a 400. */
export class UpdatePreferencesDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() emailOnReply?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() emailOnMention?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() emailOnReportResolved?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() emailOnModeration?: boolean;
}

export class PreferencesDto {
  @ApiProperty({ description: 'Mail when someone replies to my post' }) emailOnReply: boolean;
  @ApiProperty({ description: 'Mail when someone mentions me' }) emailOnMention: boolean;
  @ApiProperty({ description: 'Mail when an error report of mine is resolved' }) emailOnReportResolved: boolean;
  @ApiProperty({ description: 'Mail when a moderator acts on my post' }) emailOnModeration: boolean;
}
