-- Seed format v2: every curated text in Vietnamese too, web reports as sources, doubtful flags.
ALTER TABLE "Source" ADD COLUMN "type" TEXT NOT NULL DEFAULT 'article';
ALTER TABLE "Source" ADD COLUMN "titleVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Source" ADD COLUMN "reportsVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Source" ADD COLUMN "url" TEXT;
ALTER TABLE "Source" ADD COLUMN "publisher" TEXT;
ALTER TABLE "Source" ADD COLUMN "retrievedOn" TEXT;
ALTER TABLE "Source" ADD COLUMN "authority" TEXT;
ALTER TABLE "Source" ADD COLUMN "localityIdentificationVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Figure" ADD COLUMN "location" TEXT;
ALTER TABLE "Figure" ADD COLUMN "glossVi" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Figure" ADD COLUMN "noteVi" TEXT;
ALTER TABLE "Figure" ADD COLUMN "flagReason" TEXT;
ALTER TABLE "Figure" ADD COLUMN "flagReasonVi" TEXT;
