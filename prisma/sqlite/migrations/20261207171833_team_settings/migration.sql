-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "calendar" TEXT;

-- CreateTable
CREATE TABLE "TeamSettings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'team',
    "approvalMode" TEXT NOT NULL DEFAULT 'approve',
    "agendaLeadMinutes" INTEGER NOT NULL DEFAULT 1440,
    "businessHours" JSONB NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "recapDelayMinutes" INTEGER NOT NULL DEFAULT 15,
    "unconfirmedNudgeMinutes" INTEGER NOT NULL DEFAULT 120,
    "signature" TEXT NOT NULL DEFAULT '',
    "orgDomains" JSONB NOT NULL,
    "ignoreRules" JSONB NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "language" TEXT NOT NULL DEFAULT 'en',
    "ccColleagues" BOOLEAN NOT NULL DEFAULT true,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Rep" ("agendaLeadMinutes", "approvalMode", "businessHours", "ccColleagues", "createdAt", "email", "id", "ignoreRules", "isAdmin", "maxExternalAttendees", "name", "orgDomains", "recapDelayMinutes", "signature", "timeZone", "unconfirmedNudgeMinutes", "updatedAt") SELECT "agendaLeadMinutes", "approvalMode", "businessHours", "ccColleagues", "createdAt", "email", "id", "ignoreRules", "isAdmin", "maxExternalAttendees", "name", "orgDomains", "recapDelayMinutes", "signature", "timeZone", "unconfirmedNudgeMinutes", "updatedAt" FROM "Rep";
DROP TABLE "Rep";
ALTER TABLE "new_Rep" RENAME TO "Rep";
CREATE UNIQUE INDEX "Rep_email_key" ON "Rep"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
