import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, validateEnv } from '../../src/config/env.schema.js';
import { resolveRuntime } from '../../src/config/resolve-config.js';

describe('environment validation', () => {
  it('applies the documented defaults', () => {
    const env = validateEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long-enough-password' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'boss@example.com' }, 'ADMIN_EMAIL and ADMIN_PASSWORD'],
  ])('refuses %j with a message naming %s', (env, name) => {
    expect(() => validateEnv(env)).toThrow(ConfigurationError);
    expect(() => validateEnv(env)).toThrow(name);
  });

  it('names every bad variable at once', () => {
    try {
      validateEnv({ PORT: 'x', LOG_LEVEL: 'y' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).problems.join('\n')).toMatch(/PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/);
    }
  });

  it('stops start-up before touching any database when a value is bad', async () => {
    await expect(resolveRuntime({ PORT: 'not-a-port', DATA_DIR: '/nonexistent/never-created' })).rejects.toThrow(
      /Invalid configuration:[\s\S]*PORT/,
    );
  });

  it('requires JWT_SECRET with an external DATABASE_URL (instances must share it)', async () => {
    await expect(resolveRuntime({ DATABASE_URL: 'postgres://u:p@localhost:1/db' })).rejects.toThrow(
      /JWT_SECRET is required/,
    );
  });
});
