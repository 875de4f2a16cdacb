-- The successor note in both UI languages.
ALTER TABLE "Locality" RENAME COLUMN "successor" TO "successorEn";
ALTER TABLE "Locality" ADD COLUMN "successorVi" TEXT;
