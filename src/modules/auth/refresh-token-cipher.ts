import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts a successor refresh token's secret for the few seconds its predecessor may be replayed
 * (AES-256-GCM, the key derived from JWT_SECRET with HKDF, the successor's id as associated data so
 * a ciphertext is worthless on any other row). The database alone never holds a usable token.
 */
@Injectable()
export class RefreshTokenCipher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.jwtSecret, '', 'snowball refresh-token successor v1', 32));
  }

  encrypt(secret: string, tokenId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(tokenId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  /** The secret, or null when the ciphertext was made with another key or for another token. */
  decrypt(encrypted: string, tokenId: string): string | null {
    try {
      const raw = Buffer.from(encrypted, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(tokenId));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
