import { CreateAccountsAuthAndAudit1795615897331 } from './1795615897331-CreateAccountsAuthAndAudit.js';
import { CreateNetworkingLoop1795616580264 } from './1795616580264-CreateNetworkingLoop.js';
import { AddAgendaIndexes1795619525378 } from './1795619525378-AddAgendaIndexes.js';
import { CarryTheTenantInEveryKey1795690000000 } from './1795690000000-CarryTheTenantInEveryKey.js';
import { DistributeByOwnerOnCitus1795690000001 } from './1795690000001-DistributeByOwnerOnCitus.js';
import { AddRateLimitTable1795700000000 } from './1795700000000-AddRateLimitTable.js';
import { AddRefreshTokenGraceAndRevocationReason1795710000000 } from './1795710000000-AddRefreshTokenGraceAndRevocationReason.js';
import { AddSyncSequence1795720000000 } from './1795720000000-AddSyncSequence.js';
import { AddContactValues1795730000000 } from './1795730000000-AddContactValues.js';
import { RankedSearchAndIndexesThatEarnTheirCost1795740000000 } from './1795740000000-RankedSearchAndIndexesThatEarnTheirCost.js';
import { AddSyncTombstonesAndAuditErasure1795750000000 } from './1795750000000-AddSyncTombstonesAndAuditErasure.js';
import { AddDirectParticipantOrigin1795760000000 } from './1795760000000-AddDirectParticipantOrigin.js';
import { AddSuggestionSearchFollowUpAndUsage1795770000000 } from './1795770000000-AddSuggestionSearchFollowUpAndUsage.js';
import { AddContactDuplicateDismissals1795790000000 } from './1795790000000-AddContactDuplicateDismissals.js';
import { DecodeStoredLinkedinSlugs1795790000001 } from './1795790000001-DecodeStoredLinkedinSlugs.js';
import { SearchServedByWordsAndTrigramGin1795810000000 } from './1795810000000-SearchServedByWordsAndTrigramGin.js';
import { AddInsightCountReadModels1795820000000 } from './1795820000000-AddInsightCountReadModels.js';
import { IndexRefreshTokenExpiry1795850000000 } from './1795850000000-IndexRefreshTokenExpiry.js';
import { BoundContactGinPendingLists1795870000000 } from './1795870000000-BoundContactGinPendingLists.js';
import { KeepContactSummaryOnParticipant1795880000000 } from './1795880000000-KeepContactSummaryOnParticipant.js';
import { StoreInsightSearchDocument1795890000000 } from './1795890000000-StoreInsightSearchDocument.js';

/** Every migration, in order. After `npm run migration:generate -- <Name>`, add the new class here. */
export const migrations: Function[] = [
  CreateAccountsAuthAndAudit1795615897331,
  CreateNetworkingLoop1795616580264,
  AddAgendaIndexes1795619525378,
  CarryTheTenantInEveryKey1795690000000,
  DistributeByOwnerOnCitus1795690000001,
  AddRateLimitTable1795700000000,
  AddRefreshTokenGraceAndRevocationReason1795710000000,
  AddSyncSequence1795720000000,
  AddContactValues1795730000000,
  RankedSearchAndIndexesThatEarnTheirCost1795740000000,
  AddSyncTombstonesAndAuditErasure1795750000000,
  AddDirectParticipantOrigin1795760000000,
  AddSuggestionSearchFollowUpAndUsage1795770000000,
  AddContactDuplicateDismissals1795790000000,
  DecodeStoredLinkedinSlugs1795790000001,
  SearchServedByWordsAndTrigramGin1795810000000,
  AddInsightCountReadModels1795820000000,
  IndexRefreshTokenExpiry1795850000000,
  BoundContactGinPendingLists1795870000000,
  KeepContactSummaryOnParticipant1795880000000,
  StoreInsightSearchDocument1795890000000,
];
