-- Link attempts live 10 minutes, so dropping any in flight only asks those people to click again.
DELETE FROM "ConnectAttempt";

-- AlterTable
ALTER TABLE "ConnectAttempt" ADD COLUMN     "bindingHash" TEXT NOT NULL;
