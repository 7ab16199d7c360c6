-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "animated" BOOLEAN,
ADD COLUMN     "audioCodec" TEXT,
ADD COLUMN     "moovFirst" BOOLEAN,
ADD COLUMN     "videoCodec" TEXT;
