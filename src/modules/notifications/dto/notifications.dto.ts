import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';

/** `{ids}` or `{all: true}`: exactly one of them. */
export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 500 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ enum: [true] })
  @IsOptional()
  @IsBoolean()
  @Equals(true)
  all?: true;
}
