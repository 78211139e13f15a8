import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/authenticated.decorator.js';
import { ClientIp } from '../../common/auth/principal.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { Problems } from '../../common/http/api-responses.js';
import { toUserDto } from '../users/user.mapper.js';
import { AuthService, type Session } from './auth.service.js';
import { LoginDto, RefreshDto, RegisterDto, SessionDto } from './dto/auth.dto.js';

const toSessionDto = (session: Session): SessionDto => ({
  user: toUserDto(session.user),
  accessToken: session.accessToken,
  refreshToken: session.refreshToken,
  expiresIn: session.expiresIn,
});

@ApiTags('Auth')
@Public()
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Create an account and sign in. */
  @Post('register')
  @Problems.badRequest()
  @Problems.conflict('An account with this email already exists.', ErrorCode.EmailTaken)
  async register(@Body() body: RegisterDto, @ClientIp() ip: string): Promise<SessionDto> {
    return toSessionDto(await this.auth.register(body, ip));
  }

  /**
   * Sign in with email and password. Repeated failures are throttled (429 with Retry-After): for the
   * email from this IP first, and, much later, for the email and for the IP as a whole.
   */
  @Post('login')
  @HttpCode(200)
  @Problems.badRequest()
  @Problems.unauthorized('Wrong email or password, or a disabled account.', ErrorCode.InvalidCredentials)
  @Problems.tooManyRequests(ErrorCode.LoginThrottled, ErrorCode.RateLimited)
  async login(@Body() body: LoginDto, @ClientIp() ip: string): Promise<SessionDto> {
    return toSessionDto(await this.auth.login(body, ip));
  }

  /**
   * Exchange a refresh token for a new pair. Each refresh token works once; presented again within
   * 30 seconds it returns the same new refresh token (two refreshes sent at once), later it revokes
   * the session.
   */
  @Post('refresh')
  @HttpCode(200)
  @Problems.badRequest()
  @Problems.unauthorized(
    'The refresh token is invalid or expired, was already used (then the whole session is revoked), or its session was signed out.',
    ErrorCode.RefreshTokenInvalid,
    ErrorCode.RefreshTokenReused,
    ErrorCode.SessionEnded,
  )
  async refreshTokens(@Body() body: RefreshDto, @ClientIp() ip: string): Promise<SessionDto> {
    return toSessionDto(await this.auth.refresh(body.refreshToken, ip));
  }

  /** Sign out: the refresh token (and every token rotated from the same sign-in) stops working. */
  @Post('logout')
  @HttpCode(204)
  @Problems.badRequest()
  async logout(@Body() body: RefreshDto, @ClientIp() ip: string): Promise<void> {
    await this.auth.logout(body.refreshToken, ip);
  }
}
