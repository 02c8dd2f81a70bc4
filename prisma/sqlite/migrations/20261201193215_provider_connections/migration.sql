-- AlterTable
ALTER TABLE "Connection" ADD COLUMN "channelResourceId" TEXT;

-- CreateTable
CREATE TABLE "InboundSeen" (
    "connectionId" TEXT NOT NULL,
    "providerMessageId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("connectionId", "providerMessageId"),
    CONSTRAINT "InboundSeen_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
