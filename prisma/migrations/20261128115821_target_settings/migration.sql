-- AlterTable
ALTER TABLE "PostTarget" ADD COLUMN     "createSentAt" TIMESTAMP(3),
ADD COLUMN     "settings" JSONB NOT NULL DEFAULT '{}';
