-- AlterTable
ALTER TABLE "Connection" ADD COLUMN     "mailExpectedUntil" TIMESTAMP(3),
ADD COLUMN     "mailPushUntil" TIMESTAMP(3);
