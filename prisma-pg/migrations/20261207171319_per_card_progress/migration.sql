-- Cards become per card id (recall card, quiz item, prediction) instead of per question.
-- Existing rows were all per question, i.e. the question's recall card: they keep their
-- progress as `<questionId>:recall`. Quiz attempts keep their chosen option as `answer`.

-- CardState: one row per (user, card), with a version for stale-grade detection.
ALTER TABLE "CardState" ADD COLUMN "cardId" TEXT;
UPDATE "CardState" SET "cardId" = "questionId" || ':recall';
ALTER TABLE "CardState" ALTER COLUMN "cardId" SET NOT NULL;
ALTER TABLE "CardState" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
DROP INDEX "CardState_userId_questionId_key";
CREATE UNIQUE INDEX "CardState_userId_cardId_key" ON "CardState"("userId", "cardId");

-- ReviewLog: which card, the card version the review produced, and undo marks.
ALTER TABLE "ReviewLog" ADD COLUMN "cardId" TEXT;
UPDATE "ReviewLog" SET "cardId" = "questionId" || ':recall';
ALTER TABLE "ReviewLog" ALTER COLUMN "cardId" SET NOT NULL;
ALTER TABLE "ReviewLog" ADD COLUMN "cardVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "undoneAt" TIMESTAMP(3);
CREATE INDEX "ReviewLog_userId_cardId_review_idx" ON "ReviewLog"("userId", "cardId", "review");

-- QuizAttempt: any item kind, grouped by session, recorded once per client key.
ALTER TABLE "QuizAttempt" RENAME COLUMN "chosenOptionId" TO "answer";
ALTER TABLE "QuizAttempt" ADD COLUMN "idempotencyKey" TEXT,
ADD COLUMN "sessionId" TEXT,
ADD COLUMN "cardId" TEXT,
ADD COLUMN "elapsedMs" INTEGER;
CREATE INDEX "QuizAttempt_userId_sessionId_idx" ON "QuizAttempt"("userId", "sessionId");
CREATE UNIQUE INDEX "QuizAttempt_userId_idempotencyKey_key" ON "QuizAttempt"("userId", "idempotencyKey");
