-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "movedAt" TIMESTAMP(3);
