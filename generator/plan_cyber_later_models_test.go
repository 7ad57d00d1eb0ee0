package generator

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// exampleFilesEdited builds a copy of the example repository whose
// content/file went through edit (none when file is "") and returns the
// built site's files by slash path.
func exampleFilesEdited(t *testing.T, file string, edit func(string) string) map[string]string {
	t.Helper()
	site, dir := "../jspgen.toml", "../content"
	if file != "" {
		site, dir = kindtest.CopyRepo(t, site, dir, file, edit)
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for k, v := range readTree(t, out) {
		files[k] = string(v)
	}
	return files
}

// TestPlanCyberDeviceLaterModels: the pump's 1.6 said that "any premarket
// submission that brought it to market came before" 16 September 2019,
// the general availability of 3.8.2; but 3.8.2 runs on the LVP-7 only,
// and the LVP-7D came with 4.1.0 (17 April 2023), whose submission the
// plan's own revision A names. The date decides only the submission that
// first brought the product to market; a model no earliest version runs
// on is named as coming later (content.Product.LaterModels).
func TestPlanCyberDeviceLaterModels(t *testing.T) {
	const (
		first = "The earliest version the product data list, 3.8.2, became generally available on 16 September 2019, before that date."
		later = "Version 3.8.2 does not run on model LVP-7D; the earliest version the product data list for that model is 4.1.0 (general availability 17 April 2023)."
		old   = "so any premarket submission that brought it to market came before then"
	)
	t.Run("the example", func(t *testing.T) {
		files := exampleFilesEdited(t, "", nil)
		plan := files["halcyon-lvp7/security-plan.md"]
		kindtest.SaysAll(t, "pump plan", plan, first, later)
		kindtest.SaysNone(t, "pump plan", plan, old)
		// A product first marketed from 29 March 2023 keeps its wording.
		kindtest.SaysAll(t, "dosewise plan", files["dosewise/security-plan.md"], "section 524B(b) requires any premarket submission for it to include")
	})
	t.Run("a product on one model", func(t *testing.T) {
		// Dosewise's 2.2.1 moved before 29 March 2023: every model runs its
		// earliest version, so no model is said to come later.
		files := exampleFilesEdited(t, "dosewise.toml", kindtest.Replace("general_availability = 2024-11-04", "general_availability = 2022-11-04"))
		plan := files["dosewise/security-plan.md"]
		kindtest.SaysAll(t, "dosewise plan", plan, "The earliest version the product data list, 2.2.1, became generally available on 4 November 2022, before that date. The product data do not say when any premarket submission for the device was made, so whether one was made before section 524B(b) applied is not stated. Each premarket submission")
		kindtest.SaysNone(t, "dosewise plan", plan, old, "does not run on model")
	})
}
