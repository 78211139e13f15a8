import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with the library's current recommended cost (OWASP: m=64 MiB would be higher; see docs). */
@Injectable()
export class PasswordHasher {
  private readonly options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so unknown emails can't be told apart by timing. */
  async burn(password: string): Promise<void> {
    this.dummyHash ??= this.hash('snowball-timing-equaliser');
    await this.verify(await this.dummyHash, password);
  }
}
