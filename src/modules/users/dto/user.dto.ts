import { ApiProperty } from '@nestjs/swagger';
import { UserRole } from '../user.entity.js';

/** An account, as the API shows it (never with its password hash). */
export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** Lower-cased; unique regardless of case. */
  @ApiProperty({ example: 'ada@example.com' })
  email: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name: string;

  @ApiProperty({ enum: UserRole, enumName: 'UserRole' })
  role: UserRole;

  /** A disabled account can't sign in; its tokens and API keys stop working at once. */
  disabled: boolean;

  createdAt: Date;

  updatedAt: Date;

  /** Increases with every change; the ETag of the resource. */
  version: number;
}
