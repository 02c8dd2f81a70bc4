-- AlterTable
ALTER TABLE "Confirmation" ADD COLUMN     "linkJti" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Rep" ADD COLUMN     "isAdmin" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigninLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigninLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_repId_idx" ON "Session"("repId");

-- CreateIndex
CREATE UNIQUE INDEX "SigninLink_tokenHash_key" ON "SigninLink"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_repId_idx" ON "ApiKey"("repId");

-- CreateIndex
CREATE INDEX "Confirmation_linkJti_idx" ON "Confirmation"("linkJti");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigninLink" ADD CONSTRAINT "SigninLink_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The first rep of an install administers it (an install upgraded to sign-in keeps one
-- admin). The demo rep never does: its sign-in link is printed at every start.
UPDATE "Rep" SET "isAdmin" = true WHERE "id" = (SELECT "id" FROM "Rep" WHERE "email" <> 'demo.rep@northwind.example' ORDER BY "createdAt" ASC, "id" ASC LIMIT 1);
