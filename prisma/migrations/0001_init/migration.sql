-- CreateTable
CREATE TABLE "Locality" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentSlug" TEXT,
    "successor" TEXT,
    CONSTRAINT "Locality_parentSlug_fkey" FOREIGN KEY ("parentSlug") REFERENCES "Locality" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "language" TEXT NOT NULL,
    "localitySlug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "reports" TEXT NOT NULL,
    "publishedOn" TEXT,
    "localityIdentification" TEXT NOT NULL,
    CONSTRAINT "Source_localitySlug_fkey" FOREIGN KEY ("localitySlug") REFERENCES "Locality" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "accumulation" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "localitySlug" TEXT NOT NULL,
    "indicatorSlug" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "periodPart" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "comparator" TEXT NOT NULL,
    "value" REAL,
    "min" REAL,
    "max" REAL,
    "unit" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "outOf" REAL,
    "outcomeType" TEXT,
    "outcomeValue" REAL,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "statedScale" REAL NOT NULL DEFAULT 1,
    "statedAs" TEXT,
    "quote" TEXT NOT NULL,
    "gloss" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Figure_localitySlug_fkey" FOREIGN KEY ("localitySlug") REFERENCES "Locality" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Figure_indicatorSlug_fkey" FOREIGN KEY ("indicatorSlug") REFERENCES "Indicator" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Figure_year_localitySlug_idx" ON "Figure"("year", "localitySlug");

-- CreateIndex
CREATE INDEX "Figure_localitySlug_indicatorSlug_idx" ON "Figure"("localitySlug", "indicatorSlug");

-- CreateIndex
CREATE INDEX "Figure_indicatorSlug_year_idx" ON "Figure"("indicatorSlug", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_sourceId_localitySlug_indicatorSlug_period_kind_basis_key" ON "Figure"("sourceId", "localitySlug", "indicatorSlug", "period", "kind", "basis");

