import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class UpdateMeDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 64, example: 'Marie Lefèvre' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  displayName?: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Lectrice à Lyon, passionnée de politique locale.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ minLength: 1, maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({ minLength: 10, maxLength: 256 })
  @IsString()
  @MinLength(10)
  @MaxLength(256)
  newPassword: string;
}

export class DeleteMeDto {
  @ApiProperty({ minLength: 1, maxLength: 256, description: 'The current password, to confirm' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}
