-- AlterTable
ALTER TABLE "Step" ADD COLUMN "lockedBy" TEXT;

-- CreateTable
CREATE TABLE "WorkerInstance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workerIds" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL
);
