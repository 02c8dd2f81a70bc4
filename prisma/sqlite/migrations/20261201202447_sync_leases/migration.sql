-- CreateTable
CREATE TABLE "SyncLease" (
    "connectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "until" DATETIME NOT NULL,
    "requestedAt" DATETIME,

    PRIMARY KEY ("connectionId", "kind")
);
