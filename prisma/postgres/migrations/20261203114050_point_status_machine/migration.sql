-- AlterTable
ALTER TABLE "Confirmation" ADD COLUMN     "status" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "target" TEXT NOT NULL DEFAULT 'agenda';

-- AlterTable
ALTER TABLE "Outcome" ALTER COLUMN "confirmation" SET DEFAULT 'pending';

-- Existing rows in the vocabulary of the point and next-step state machines
UPDATE "Meeting" SET "pointStatus" = 'change_requested' WHERE "pointStatus" = 'changed';
UPDATE "Outcome" SET "confirmation" = 'disputed' WHERE "confirmation" IN ('changed', 'declined');
UPDATE "Outcome" SET "confirmation" = CASE WHEN EXISTS (SELECT 1 FROM "Message" m WHERE m."meetingId" = "Outcome"."meetingId" AND m."kind" = 'recap' AND m."status" = 'sent') THEN 'sent' ELSE 'pending' END WHERE "confirmation" = 'unconfirmed';
UPDATE "Confirmation" SET "target" = 'recap' WHERE "messageId" IN (SELECT "id" FROM "Message" WHERE "kind" = 'recap');
UPDATE "Confirmation" SET "status" = CASE "intent" WHEN 'confirm' THEN 'confirmed' WHEN 'change' THEN 'change_requested' WHEN 'decline' THEN 'declined' ELSE '' END WHERE "target" = 'agenda';
UPDATE "Confirmation" SET "status" = CASE "intent" WHEN 'confirm' THEN 'confirmed' WHEN 'change' THEN 'disputed' WHEN 'decline' THEN 'disputed' ELSE '' END WHERE "target" = 'recap';
