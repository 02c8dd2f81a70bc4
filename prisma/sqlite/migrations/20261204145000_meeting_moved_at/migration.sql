-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "movedAt" DATETIME;
