-- AlterTable
ALTER TABLE "Connection" ADD COLUMN "accountId" TEXT;
