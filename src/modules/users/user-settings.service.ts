import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { UpdateUserSettingsDto, UserSettingsDto } from './dto/user-settings.dto.js';

/** Default of `followUpDays` (also the column default). */
export const DEFAULT_FOLLOW_UP_DAYS = 14;

/** The user's preferences, kept on `app_user` (one row per user, no extra table). */
@Injectable()
export class UserSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(userId: string): Promise<UserSettingsDto> {
    const rows: Array<{ follow_up_days: number }> = await this.dataSource.query(
      `SELECT follow_up_days FROM app_user WHERE id = $1`,
      [userId],
    );
    return { followUpDays: rows[0]?.follow_up_days ?? DEFAULT_FOLLOW_UP_DAYS };
  }

  async update(userId: string, input: UpdateUserSettingsDto): Promise<UserSettingsDto> {
    if (input.followUpDays !== undefined) {
      await this.dataSource.query(
        `UPDATE app_user SET follow_up_days = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [userId, input.followUpDays],
      );
    }
    return this.get(userId);
  }
}
