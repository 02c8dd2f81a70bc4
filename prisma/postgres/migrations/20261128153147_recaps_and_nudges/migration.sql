-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "MessageKind" ADD VALUE 'recap_prompt';
ALTER TYPE "MessageKind" ADD VALUE 'nudge';

-- AlterTable
ALTER TABLE "Outcome" ADD COLUMN     "confirmation" TEXT NOT NULL DEFAULT 'unconfirmed';

-- AlterTable
ALTER TABLE "Rep" ADD COLUMN     "unconfirmedNudgeMinutes" INTEGER NOT NULL DEFAULT 120;
