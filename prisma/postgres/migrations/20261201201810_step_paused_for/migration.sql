-- AlterTable
ALTER TABLE "Step" ADD COLUMN     "pausedFor" TEXT;
