-- AlterTable
ALTER TABLE "Connection" ADD COLUMN "calendarPolledAt" DATETIME;
ALTER TABLE "Connection" ADD COLUMN "inboxPolledAt" DATETIME;
