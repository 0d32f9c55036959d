-- StudySettings: a signed-in learner's review settings (retention, daily limits, time zone).
-- CreateTable
CREATE TABLE "StudySettings" (
    "userId" TEXT NOT NULL,
    "retention" DOUBLE PRECISION NOT NULL,
    "newPerDay" INTEGER NOT NULL,
    "reviewCap" INTEGER NOT NULL,
    "twoButton" BOOLEAN NOT NULL,
    "timeZone" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudySettings_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "StudySettings" ADD CONSTRAINT "StudySettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
