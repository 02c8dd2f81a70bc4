-- AlterTable
ALTER TABLE "Message" ADD COLUMN "notSentReason" TEXT;

-- CreateTable
CREATE TABLE "Suppression" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Opt-outs move from Contact.optedOut to the suppression list (before the column goes).
INSERT INTO "Suppression" ("id", "kind", "value", "source")
SELECT 'contact-' || "id", 'address', lower("email"), 'migrated' FROM "Contact" WHERE "optedOut";

-- Messages not sent before the reason had a column of its own.
UPDATE "Message" SET "notSentReason" = 'rep skipped' WHERE "status" = 'skipped';
UPDATE "Message" SET "notSentReason" = 'meeting cancelled' WHERE "status" = 'retracted' AND "lastError" = 'meeting cancelled';
UPDATE "Message" SET "notSentReason" = 'prospect declined' WHERE "status" = 'retracted' AND "lastError" = 'the prospect declined';

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Contact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "accountId" TEXT NOT NULL,
    "bouncing" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Contact_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Contact" ("accountId", "bouncing", "createdAt", "email", "id", "name") SELECT "accountId", "bouncing", "createdAt", "email", "id", "name" FROM "Contact";
DROP TABLE "Contact";
ALTER TABLE "new_Contact" RENAME TO "Contact";
CREATE UNIQUE INDEX "Contact_email_key" ON "Contact"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Suppression_kind_value_key" ON "Suppression"("kind", "value");
