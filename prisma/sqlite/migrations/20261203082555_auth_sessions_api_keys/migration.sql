-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SigninLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SigninLink_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "keyHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApiKey_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Confirmation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "messageId" TEXT,
    "intent" TEXT NOT NULL,
    "reply" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "inboundMessageId" TEXT,
    "linkJti" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Confirmation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Confirmation_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Confirmation" ("createdAt", "evidence", "id", "inboundMessageId", "intent", "meetingId", "messageId", "reply", "source") SELECT "createdAt", "evidence", "id", "inboundMessageId", "intent", "meetingId", "messageId", "reply", "source" FROM "Confirmation";
DROP TABLE "Confirmation";
ALTER TABLE "new_Confirmation" RENAME TO "Confirmation";
CREATE UNIQUE INDEX "Confirmation_inboundMessageId_key" ON "Confirmation"("inboundMessageId");
CREATE INDEX "Confirmation_linkJti_idx" ON "Confirmation"("linkJti");
CREATE TABLE "new_Rep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "orgDomains" JSONB NOT NULL,
    "approvalMode" TEXT NOT NULL DEFAULT 'approve',
    "agendaLeadMinutes" INTEGER NOT NULL DEFAULT 1440,
    "businessHours" JSONB NOT NULL,
    "recapDelayMinutes" INTEGER NOT NULL DEFAULT 15,
    "unconfirmedNudgeMinutes" INTEGER NOT NULL DEFAULT 120,
    "maxExternalAttendees" INTEGER NOT NULL DEFAULT 8,
    "ignoreRules" JSONB NOT NULL,
    "signature" TEXT NOT NULL DEFAULT '',
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Rep" ("agendaLeadMinutes", "approvalMode", "businessHours", "createdAt", "email", "id", "ignoreRules", "maxExternalAttendees", "name", "orgDomains", "recapDelayMinutes", "signature", "timeZone", "unconfirmedNudgeMinutes", "updatedAt") SELECT "agendaLeadMinutes", "approvalMode", "businessHours", "createdAt", "email", "id", "ignoreRules", "maxExternalAttendees", "name", "orgDomains", "recapDelayMinutes", "signature", "timeZone", "unconfirmedNudgeMinutes", "updatedAt" FROM "Rep";
DROP TABLE "Rep";
ALTER TABLE "new_Rep" RENAME TO "Rep";
CREATE UNIQUE INDEX "Rep_email_key" ON "Rep"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_repId_idx" ON "Session"("repId");

-- CreateIndex
CREATE UNIQUE INDEX "SigninLink_tokenHash_key" ON "SigninLink"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_repId_idx" ON "ApiKey"("repId");

-- The first rep of an install administers it (an install upgraded to sign-in keeps one
-- admin). The demo rep never does: its sign-in link is printed at every start.
UPDATE "Rep" SET "isAdmin" = true WHERE "id" = (SELECT "id" FROM "Rep" WHERE "email" <> 'demo.rep@northwind.example' ORDER BY "createdAt" ASC, "id" ASC LIMIT 1);
