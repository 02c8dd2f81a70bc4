-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "calendar" TEXT;

-- AlterTable
ALTER TABLE "Rep" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "TeamSettings" (
    "id" TEXT NOT NULL DEFAULT 'team',
    "approvalMode" "ApprovalMode" NOT NULL DEFAULT 'approve',
    "agendaLeadMinutes" INTEGER NOT NULL DEFAULT 1440,
    "businessHours" JSONB NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "recapDelayMinutes" INTEGER NOT NULL DEFAULT 15,
    "unconfirmedNudgeMinutes" INTEGER NOT NULL DEFAULT 120,
    "signature" TEXT NOT NULL DEFAULT '',
    "orgDomains" JSONB NOT NULL,
    "ignoreRules" JSONB NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamSettings_pkey" PRIMARY KEY ("id")
);
