-- AlterTable
ALTER TABLE "Connection" ADD COLUMN     "calendarCursorAt" TIMESTAMP(3),
ADD COLUMN     "firstSyncEventsListed" INTEGER,
ADD COLUMN     "firstSyncEventsRead" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "firstSyncFinishedAt" TIMESTAMP(3),
ADD COLUMN     "firstSyncMeetingsFound" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "firstSyncStartedAt" TIMESTAMP(3);
