-- CreateTable
CREATE TABLE "SigninIdentity" (
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("provider", "subject"),
    CONSTRAINT "SigninIdentity_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SigninIdentity_repId_provider_key" ON "SigninIdentity"("repId", "provider");
