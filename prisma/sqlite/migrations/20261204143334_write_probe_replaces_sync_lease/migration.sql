-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "SyncLease";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "WriteProbe" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL
);
