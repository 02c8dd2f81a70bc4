-- AlterTable
ALTER TABLE "Connection" ADD COLUMN "mailExpectedUntil" DATETIME;
ALTER TABLE "Connection" ADD COLUMN "mailPushUntil" DATETIME;
