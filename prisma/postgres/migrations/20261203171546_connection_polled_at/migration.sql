-- AlterTable
ALTER TABLE "Connection" ADD COLUMN     "calendarPolledAt" TIMESTAMP(3),
ADD COLUMN     "inboxPolledAt" TIMESTAMP(3);
