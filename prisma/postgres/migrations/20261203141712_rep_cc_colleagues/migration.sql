-- AlterTable
ALTER TABLE "Rep" ADD COLUMN     "ccColleagues" BOOLEAN NOT NULL DEFAULT true;
