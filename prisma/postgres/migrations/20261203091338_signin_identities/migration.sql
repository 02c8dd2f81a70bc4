-- CreateTable
CREATE TABLE "SigninIdentity" (
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigninIdentity_pkey" PRIMARY KEY ("provider","subject")
);

-- CreateIndex
CREATE UNIQUE INDEX "SigninIdentity_repId_provider_key" ON "SigninIdentity"("repId", "provider");

-- AddForeignKey
ALTER TABLE "SigninIdentity" ADD CONSTRAINT "SigninIdentity_repId_fkey" FOREIGN KEY ("repId") REFERENCES "Rep"("id") ON DELETE CASCADE ON UPDATE CASCADE;
