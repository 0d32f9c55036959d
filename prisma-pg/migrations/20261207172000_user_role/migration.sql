-- User.role ("learner" | "instructor"): who may open /author on a production server.
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'learner';

