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
    "who" TEXT NOT NULL DEFAULT '',
    "inboundMessageId" TEXT,
    "linkJti" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Confirmation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Confirmation_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Confirmation" ("createdAt", "evidence", "id", "inboundMessageId", "intent", "linkJti", "meetingId", "messageId", "reply", "source", "status", "target", "updatedAt") SELECT "createdAt", "evidence", "id", "inboundMessageId", "intent", "linkJti", "meetingId", "messageId", "reply", "source", "status", "target", "updatedAt" FROM "Confirmation";
DROP TABLE "Confirmation";
ALTER TABLE "new_Confirmation" RENAME TO "Confirmation";
CREATE UNIQUE INDEX "Confirmation_inboundMessageId_key" ON "Confirmation"("inboundMessageId");
CREATE INDEX "Confirmation_linkJti_idx" ON "Confirmation"("linkJti");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
