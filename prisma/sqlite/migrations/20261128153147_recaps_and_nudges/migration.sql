-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Outcome" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "agreed" TEXT NOT NULL,
    "nextStep" TEXT NOT NULL,
    "nextStepOwner" TEXT NOT NULL,
    "nextStepDue" DATETIME,
    "confirmation" TEXT NOT NULL DEFAULT 'unconfirmed',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Outcome_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Outcome" ("agreed", "createdAt", "id", "meetingId", "nextStep", "nextStepDue", "nextStepOwner", "updatedAt") SELECT "agreed", "createdAt", "id", "meetingId", "nextStep", "nextStepDue", "nextStepOwner", "updatedAt" FROM "Outcome";
DROP TABLE "Outcome";
ALTER TABLE "new_Outcome" RENAME TO "Outcome";
CREATE UNIQUE INDEX "Outcome_meetingId_key" ON "Outcome"("meetingId");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Rep" ("agendaLeadMinutes", "approvalMode", "businessHours", "createdAt", "email", "id", "ignoreRules", "maxExternalAttendees", "name", "orgDomains", "recapDelayMinutes", "signature", "timeZone", "updatedAt") SELECT "agendaLeadMinutes", "approvalMode", "businessHours", "createdAt", "email", "id", "ignoreRules", "maxExternalAttendees", "name", "orgDomains", "recapDelayMinutes", "signature", "timeZone", "updatedAt" FROM "Rep";
DROP TABLE "Rep";
ALTER TABLE "new_Rep" RENAME TO "Rep";
CREATE UNIQUE INDEX "Rep_email_key" ON "Rep"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
