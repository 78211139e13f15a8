import type { EnvironmentVariables, LogLevel } from './env.schema.js';

/**
 * The validated settings, as the rest of the code sees them. Built once at start-up
 * (see `resolveConfig`), injected wherever a setting is needed.
 */
export class AppConfig {
  readonly port: number;
  readonly trustProxy: boolean;
  readonly logLevel: LogLevel;
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly jwtSecret: string;
  readonly admin: { email: string; password: string } | null;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly rateLimit: {
    userPerMinute: number;
    ipPerMinute: number;
    loginMaxFailures: number;
    loginMaxFailuresPerEmail: number;
    loginMaxFailuresPerIp: number;
  };
  /** Days the audit log keeps an entry (AUDIT_RETENTION_DAYS). */
  readonly auditRetentionDays: number;

  constructor(env: EnvironmentVariables, resolved: { databaseUrl: string; jwtSecret: string }) {
    this.port = env.PORT;
    this.trustProxy = env.TRUST_PROXY;
    this.logLevel = env.LOG_LEVEL;
    this.dataDir = env.DATA_DIR;
    this.databaseUrl = resolved.databaseUrl;
    this.jwtSecret = resolved.jwtSecret;
    this.admin =
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : null;
    this.accessTokenTtlSeconds = env.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = env.REFRESH_TOKEN_TTL_DAYS;
    this.rateLimit = {
      userPerMinute: env.RATE_LIMIT_USER_PER_MINUTE,
      ipPerMinute: env.RATE_LIMIT_IP_PER_MINUTE,
      loginMaxFailures: env.LOGIN_MAX_FAILURES,
      loginMaxFailuresPerEmail: env.LOGIN_MAX_FAILURES_PER_EMAIL,
      loginMaxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
    };
    this.auditRetentionDays = env.AUDIT_RETENTION_DAYS;
  }
}
