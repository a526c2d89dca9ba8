import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class TwoFactorCodeDto {
  @ApiProperty({
    description: 'A current 6-digit code from the authenticator, or (to turn it off) an unused recovery code',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  code: string;
}

export class TwoFactorSetupResponseDto {
  @ApiProperty({ description: 'Base32 TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s); shown this once' })
  secret: string;

  @ApiProperty({ example: 'otpauth://totp/Tribune%20(journal.example):marie?secret=…&issuer=…' })
  otpauthUrl: string;
}

export class RecoveryCodesResponseDto {
  @ApiProperty({ type: [String], description: 'Ten single-use recovery codes; shown this once' })
  recoveryCodes: string[];
}
