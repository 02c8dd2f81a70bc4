-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Confirmation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "messageId" TEXT,
    "target" TEXT NOT NULL DEFAULT 'agenda',
    "intent" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT '',
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
INSERT INTO "new_Confirmation" ("createdAt", "evidence", "id", "inboundMessageId", "intent", "linkJti", "meetingId", "messageId", "reply", "source", "updatedAt") SELECT "createdAt", "evidence", "id", "inboundMessageId", "intent", "linkJti", "meetingId", "messageId", "reply", "source", "updatedAt" FROM "Confirmation";
DROP TABLE "Confirmation";
ALTER TABLE "new_Confirmation" RENAME TO "Confirmation";
CREATE UNIQUE INDEX "Confirmation_inboundMessageId_key" ON "Confirmation"("inboundMessageId");
CREATE INDEX "Confirmation_linkJti_idx" ON "Confirmation"("linkJti");
CREATE TABLE "new_Outcome" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "agreed" TEXT NOT NULL,
    "nextStep" TEXT NOT NULL,
    "nextStepOwner" TEXT NOT NULL,
    "nextStepDue" DATETIME,
    "confirmation" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Outcome_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Outcome" ("agreed", "confirmation", "createdAt", "id", "meetingId", "nextStep", "nextStepDue", "nextStepOwner", "updatedAt") SELECT "agreed", "confirmation", "createdAt", "id", "meetingId", "nextStep", "nextStepDue", "nextStepOwner", "updatedAt" FROM "Outcome";
DROP TABLE "Outcome";
ALTER TABLE "new_Outcome" RENAME TO "Outcome";
CREATE UNIQUE INDEX "Outcome_meetingId_key" ON "Outcome"("meetingId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Existing rows in the vocabulary of the point and next-step state machines
UPDATE "Meeting" SET "pointStatus" = 'change_requested' WHERE "pointStatus" = 'changed';
UPDATE "Outcome" SET "confirmation" = 'disputed' WHERE "confirmation" IN ('changed', 'declined');
UPDATE "Outcome" SET "confirmation" = CASE WHEN EXISTS (SELECT 1 FROM "Message" m WHERE m."meetingId" = "Outcome"."meetingId" AND m."kind" = 'recap' AND m."status" = 'sent') THEN 'sent' ELSE 'pending' END WHERE "confirmation" = 'unconfirmed';
UPDATE "Confirmation" SET "target" = 'recap' WHERE "messageId" IN (SELECT "id" FROM "Message" WHERE "kind" = 'recap');
UPDATE "Confirmation" SET "status" = CASE "intent" WHEN 'confirm' THEN 'confirmed' WHEN 'change' THEN 'change_requested' WHEN 'decline' THEN 'declined' ELSE '' END WHERE "target" = 'agenda';
UPDATE "Confirmation" SET "status" = CASE "intent" WHEN 'confirm' THEN 'confirmed' WHEN 'change' THEN 'disputed' WHEN 'decline' THEN 'disputed' ELSE '' END WHERE "target" = 'recap';
