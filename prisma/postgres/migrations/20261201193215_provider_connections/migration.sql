-- AlterEnum
ALTER TYPE "StepStatus" ADD VALUE 'paused';

-- AlterTable
ALTER TABLE "Connection" ADD COLUMN     "channelResourceId" TEXT;

-- CreateTable
CREATE TABLE "InboundSeen" (
    "connectionId" TEXT NOT NULL,
    "providerMessageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundSeen_pkey" PRIMARY KEY ("connectionId","providerMessageId")
);

-- AddForeignKey
ALTER TABLE "InboundSeen" ADD CONSTRAINT "InboundSeen_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
