/**
 * Model and enum types of the database, for code outside src/db. They come from the SQLite
 * client, which `Db` is typed as; the PostgreSQL client's models are identical.
 */
export type {
  Account,
  Confirmation,
  Connection,
  Contact,
  Meeting,
  Message,
  Outcome,
  Rep,
  Step,
  TeamSettings,
  UsedToken,
} from '../../generated/sqlite/client.js';
export { Prisma } from '../../generated/sqlite/client.js';
export {
  ApprovalMode,
  ConnectionStatus,
  MessageKind,
  MessageStatus,
  ProviderKind,
  StepStatus,
} from '../../generated/sqlite/enums.js';
