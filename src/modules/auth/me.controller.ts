import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { setETag } from '../../common/http/etag.js';
import { UserDto } from '../users/dto/user.dto.js';
import { toUserDto } from '../users/user.mapper.js';
import { UsersService } from '../users/users.service.js';

@ApiTags('Account')
@Authenticated()
@Controller('v1/me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  /** The signed-in user. */
  @Get()
  async getMe(@CurrentUser() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserDto> {
    const user = await this.users.get(principal.userId);
    setETag(reply, user.version);
    return toUserDto(user);
  }
}
