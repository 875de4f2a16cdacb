-- The open-data order (lib/data/figures.ts) as an index, so deep pages of /api/figures walk it
-- instead of sorting every figure. It replaces the (localitySlug, indicatorSlug) index, its prefix.
DROP INDEX "Figure_localitySlug_indicatorSlug_idx";

CREATE INDEX "Figure_localitySlug_indicatorSlug_period_kind_basis_sourceId_idx" ON "Figure"("localitySlug", "indicatorSlug", "period", "kind" DESC, "basis", "sourceId");
