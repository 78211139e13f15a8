import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserDto } from '../../users/dto/user.dto.js';

export class RegisterDto {
  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  /** At least 12 characters. */
  @ApiProperty({ minLength: 12, maxLength: 256, example: 'correct horse battery staple' })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

export class LoginDto {
  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class RefreshDto {
  /** The refresh token from login, register or the previous refresh. */
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  refreshToken: string;
}

export class TokenPairDto {
  /** Short-lived JWT for `Authorization: Bearer`. */
  accessToken: string;

  /** Single-use token for POST /v1/auth/refresh. */
  refreshToken: string;

  /** Seconds until the access token expires. */
  expiresIn: number;
}

export class SessionDto extends TokenPairDto {
  user: UserDto;
}
