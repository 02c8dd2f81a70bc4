-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Connection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "repId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "accountId" TEXT,
    "encryptedTokens" TEXT,
    "calendarCursor" TEXT,
    "calendarCursorAt" DATETIME,
    "mailCursor" TEXT,
    "channelId" TEXT,
    "channelResourceId" TEXT,
    "channelToken" TEXT,
    "channelExpiresAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'active',
    "lastError" TEXT,
    "lastSyncedAt" DATETIME,
    "calendarPolledAt" DATETIME,
    "inboxPolledAt" DATETIME,
    "mailExpectedUntil" DATETIME,
    "mailPushUntil" DATETIME,
    "firstSyncStartedAt" DATETIME,
    "firstSyncEventsListed" INTEGER,
    "firstSyncEventsRead" INTEGER NOT NULL DEFAULT 0,
    "firstSyncMeetingsFound" INTEGER NOT NULL DEFAULT 0,
    "firstSyncFinishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Connection_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Connection" ("accountId", "calendarCursor", "calendarPolledAt", "channelExpiresAt", "channelId", "channelResourceId", "channelToken", "createdAt", "encryptedTokens", "id", "inboxPolledAt", "lastError", "lastSyncedAt", "mailCursor", "mailExpectedUntil", "mailPushUntil", "provider", "repId", "status", "updatedAt") SELECT "accountId", "calendarCursor", "calendarPolledAt", "channelExpiresAt", "channelId", "channelResourceId", "channelToken", "createdAt", "encryptedTokens", "id", "inboxPolledAt", "lastError", "lastSyncedAt", "mailCursor", "mailExpectedUntil", "mailPushUntil", "provider", "repId", "status", "updatedAt" FROM "Connection";
DROP TABLE "Connection";
ALTER TABLE "new_Connection" RENAME TO "Connection";
CREATE UNIQUE INDEX "Connection_repId_provider_key" ON "Connection"("repId", "provider");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
