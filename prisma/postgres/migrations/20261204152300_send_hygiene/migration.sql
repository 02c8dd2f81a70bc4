-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "notSentReason" TEXT;

-- CreateTable
CREATE TABLE "Suppression" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Suppression_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Suppression_kind_value_key" ON "Suppression"("kind", "value");

-- Opt-outs move from Contact.optedOut to the suppression list (before the column goes).
INSERT INTO "Suppression" ("id", "kind", "value", "source")
SELECT 'contact-' || "id", 'address', lower("email"), 'migrated' FROM "Contact" WHERE "optedOut";

-- Messages not sent before the reason had a column of its own.
UPDATE "Message" SET "notSentReason" = 'rep skipped' WHERE "status" = 'skipped';
UPDATE "Message" SET "notSentReason" = 'meeting cancelled' WHERE "status" = 'retracted' AND "lastError" = 'meeting cancelled';
UPDATE "Message" SET "notSentReason" = 'prospect declined' WHERE "status" = 'retracted' AND "lastError" = 'the prospect declined';

-- AlterTable
ALTER TABLE "Contact" DROP COLUMN "optedOut";
