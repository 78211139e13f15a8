import { CreateAccountsAuthAndAudit1795615897331 } from './1795615897331-CreateAccountsAuthAndAudit.js';

/** Every migration, in order. After `npm run migration:generate -- <Name>`, add the new class here. */
export const migrations: Function[] = [CreateAccountsAuthAndAudit1795615897331];
