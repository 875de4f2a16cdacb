import { expect, test } from "@playwright/test";

// Real verdicts from the curated data, each kind the status rules name, in both languages.

test("a stated verdict: Bình Xuyên's 2023 production value, 93.64% of plan, missed as the source states", async ({
  page,
}) => {
  await page.goto("/en/localities/binh-xuyen/2023");
  const card = page.getByRole("article", { name: "Total production value" });
  await expect(card.getByText("Missed", { exact: true }).first()).toBeVisible();
  await expect(card.getByText("· as the source states")).toBeVisible();
  await expect(card).toContainText("93.64% of plan");
  await page.goto("/vi/localities/binh-xuyen/2023");
  const vi = page.getByRole("article", { name: "Tổng giá trị sản xuất" });
  await expect(vi.getByText("Không đạt", { exact: true }).first()).toBeVisible();
  await expect(vi.getByText("· theo nguồn tin")).toBeVisible();
});

test("a numberless verdict: Ninh Thuận's 2023 party admissions, achieved in words only", async ({
  request,
}) => {
  const res = await request.get(
    "/api/comparisons?locality=ninh-thuan&year=2023&indicator=new-party-members",
  );
  const { comparisons } = await res.json();
  expect(comparisons[0]).toMatchObject({
    status: "achieved",
    verdictBasis: "stated",
    actual: { value: null, reported: { type: "achieved" } },
  });
});

test("a cross-basis verdict: Ninh Thuận's poverty cut by October 2024, 2.76% − 4.21% = −1.45 pp, behind", async ({
  page,
  request,
}) => {
  const { comparisons } = await (
    await request.get("/api/comparisons?locality=ninh-thuan&year=2024&indicator=poverty-rate")
  ).json();
  const pp = comparisons.find((c: { basis: string }) => c.basis === "pp_change");
  expect(pp).toMatchObject({
    status: "behind",
    interim: true,
    conversion: { kind: "level_minus_base", result: -1.45 },
  });
  await page.goto("/en/localities/ninh-thuan/2024");
  await expect(
    page.getByText(/2\.76% \(first 10 months of 2024\) − 4\.21% \(2023\) = -1\.45 pp/),
  ).toBeVisible();
  await page.goto("/vi/localities/ninh-thuan/2024");
  await expect(
    page.getByText(/2,76% \(10 tháng 2024\) − 4,21% \(năm 2023\) = -1,45/),
  ).toBeVisible();
});

test("a flagged verdict: Ninh Thuận's '2–3% of communes' target carries its doubt", async ({
  page,
}) => {
  await page.goto("/en/localities/ninh-thuan/2024");
  const row = page.getByRole("row", { name: /Communes meeting the new-rural-area standards/ });
  await expect(row.getByText("⚠ rests on a doubtful figure")).toBeVisible();
  await page.goto("/vi/localities/ninh-thuan/2024");
  await expect(page.getByText("⚠ dựa trên số liệu đáng ngờ").first()).toBeVisible();
});

test("a revision: Ninh Thuận's 2024 budget revenue uses the later 4,950 over the 4,248 estimate", async ({
  page,
}) => {
  await page.goto("/en/localities/ninh-thuan/2024");
  const card = page.getByRole("article", { name: "State budget revenue" });
  await expect(card.getByText("Exceeded", { exact: true }).first()).toBeVisible();
  const history = card.getByText("Reports of this result").locator("..");
  await expect(history).toContainText("Used for the verdict: 4,950 bn VND");
  await expect(history).toContainText("replaced report: 4,248 bn VND");
  // GRDP growth: another report disagrees and is shown, flagged, not hidden.
  const growth = page.getByRole("article", { name: "GRDP growth rate" });
  await expect(growth.getByText("⚠ disagreeing report:")).toBeVisible();
});

test("a trajectory over the years: Ninh Thuận's poverty cuts, 2022 exceeded, 2023 achieved, 2024 open", async ({
  page,
}) => {
  await page.goto("/en/localities/ninh-thuan/2024");
  const card = page.locator("#cmp-ninh-thuan-poverty-rate-2024-pp_change");
  await expect(card.getByRole("heading", { name: "Over the years" })).toBeVisible();
  await expect(
    card.getByRole("img", {
      name: /over the years: 2022: target -1\.5 pp, result -1\.89 pp, exceeded; 2023: target −2 to −1\.5 pp, result -1\.72 pp, achieved; 2024: target −2 to −1\.5 pp, no full-year result\./,
    }),
  ).toBeVisible();
  await page.goto("/vi/localities/ninh-thuan/2024");
  await expect(
    page.locator("#cmp-ninh-thuan-poverty-rate-2024-pp_change").getByRole("heading", {
      name: "Qua các năm",
    }),
  ).toBeVisible();
});

test("a scorecard two reports give is listed once, the second report still disclosed", async ({
  page,
}) => {
  // Bình Xuyên 2023: article 002 and its text on vietnam.vn both give 30/32, 100% and 16/18.
  await page.goto("/en/localities/binh-xuyen/2023");
  const own = page.getByRole("heading", { name: "The source's own scorecard" }).locator("..");
  await expect(own.getByText("16 of 18 targets", { exact: true })).toHaveCount(1);
  await expect(own.getByText("the same count in another report")).toHaveCount(3);
  await page.goto("/vi/localities/binh-xuyen/2023");
  const vi = page.getByRole("heading", { name: "Tổng kết của chính nguồn tin" }).locator("..");
  await expect(vi.getByText("16/18 chỉ tiêu", { exact: true })).toHaveCount(1);
  await expect(vi.getByText("cùng con số trong một bản tin khác")).toHaveCount(3);
});
