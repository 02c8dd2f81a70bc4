-- AlterTable
ALTER TABLE "Message" ADD COLUMN "sentMessageId" TEXT;

-- CreateIndex
CREATE INDEX "Message_sentMessageId_idx" ON "Message"("sentMessageId");
