-- AlterTable
ALTER TABLE "Confirmation" ADD COLUMN     "who" TEXT NOT NULL DEFAULT '';
