import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator.js';
import { CurrentUser, type Principal } from '../../common/auth/principal.js';
import { Problems } from '../../common/http/api-responses.js';
import { UpdateUserSettingsDto, UserSettingsDto } from './dto/user-settings.dto.js';
import { UserSettingsService } from './user-settings.service.js';

@ApiTags('Account')
@Authenticated()
@Controller('v1/me/settings')
export class UserSettingsController {
  constructor(private readonly settings: UserSettingsService) {}

  /** Your preferences: `followUpDays` (when an unanswered ask is suggested for a follow-up). */
  @Get()
  async getSettings(@CurrentUser() principal: Principal): Promise<UserSettingsDto> {
    return this.settings.get(principal.userId);
  }

  /** Change your preferences; omitted fields stay as they are. */
  @Patch()
  @Problems.badRequest()
  async updateSettings(
    @CurrentUser() principal: Principal,
    @Body() body: UpdateUserSettingsDto,
  ): Promise<UserSettingsDto> {
    return this.settings.update(principal.userId, body);
  }
}
