-- CreateTable
CREATE TABLE "SyncLease" (
    "connectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "requestedAt" TIMESTAMP(3),

    CONSTRAINT "SyncLease_pkey" PRIMARY KEY ("connectionId","kind")
);
