import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,32}$/;

export class RegisterDto {
  @ApiProperty({ example: 'marie_l', pattern: USERNAME_PATTERN.source })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'username must be 3–32 characters among letters, digits, _ . -' })
  username: string;

  @ApiProperty({ format: 'email', maxLength: 254, example: 'marie@example.fr' })
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email: string;

  @ApiProperty({ minLength: 10, maxLength: 256, example: 'cheval-batterie-agrafe' })
  @IsString()
  @MinLength(10)
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({ maxLength: 64, example: 'Marie Lefèvre' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  displayName?: string;
}

export class LoginDto {
  @ApiProperty({ description: 'Username or email, any case', minLength: 1, maxLength: 254, example: 'marie_l' })
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  login: string;

  @ApiProperty({ minLength: 1, maxLength: 256, example: 'cheval-batterie-agrafe' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({
    description: 'With two-factor authentication on: a current 6-digit TOTP code or an unused recovery code',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  otp?: string;
}

export class RefreshDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ format: 'email', maxLength: 254, example: 'marie@example.fr' })
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email: string;
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'The token from the mail' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 256 })
  @IsString()
  @MinLength(10)
  @MaxLength(256)
  password: string;
}

export class VerifyEmailDto {
  @ApiProperty({ description: 'The token from the verification mail' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;
}
