-- StudySettings: a signed-in learner's review settings (retention, daily limits, time zone).
-- CreateTable
CREATE TABLE "StudySettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "retention" REAL NOT NULL,
    "newPerDay" INTEGER NOT NULL,
    "reviewCap" INTEGER NOT NULL,
    "twoButton" BOOLEAN NOT NULL,
    "timeZone" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StudySettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
