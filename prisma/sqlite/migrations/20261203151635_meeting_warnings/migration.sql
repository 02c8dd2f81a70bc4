-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "warnings" JSONB;
