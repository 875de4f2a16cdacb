-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "growthOf" TEXT;
