import type { ApiKey } from './api-key.entity.js';
import type { ApiKeyDto } from './dto/api-key.dto.js';

export function toApiKeyDto(key: ApiKey): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    version: key.version,
  };
}
