package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSBOMPublishedAtRule: an SBOM the manufacturer publishes outside the
// documents (sbom.published_at) is available, so SBOM-1 is Yes from it,
// where [sbom] without a file gave No and nothing written left it open;
// it says where. Nothing else comes from the address: SBOM-2 (format)
// stays undecided, since no file was read.
func TestSBOMPublishedAtRule(t *testing.T) {
	const url = "https://maker.example/sbom"
	for _, tc := range []struct {
		name  string
		setup func(*world)
		want  outcome
	}{
		{"nothing written", func(w *world) {}, decidesNothing},
		{"files = [] only", func(w *world) { w.states("sbom.files") }, noBy("sbom", "lists no SBOM file")},
		{"published, no file", func(w *world) { w.p.SBOM.PublishedAt = url },
			yesBy("sbom.published_at", "says the manufacturer publishes the SBOM at "+url)},
		{"published, files = []", func(w *world) { w.states("sbom.files"); w.p.SBOM.PublishedAt = url },
			yesBy("sbom.published_at", "publishes the SBOM at "+url)},
		{"published and on request", func(w *world) { w.p.SBOM.PublishedAt = url; w.p.SBOM.OnRequest = "Ask service." },
			yesBy("sbom.published_at", "publishes the SBOM at "+url)},
		{"on request only", func(w *world) { w.p.SBOM.OnRequest = "Ask service." },
			yesBy("sbom.on_request", "available to customers on request")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			f := newMDS2Facts(w.env(), kind.Product{Product: w.p, Inventory: w.inv})
			got, decided := f.sbomAvailable()
			if decided != tc.want.decided {
				t.Fatalf("SBOM-1 decided = %v, want %v (got %s: %s)", decided, tc.want.decided, got.Answer, got)
			}
			if decided {
				if got.Answer != tc.want.answer || got.Path != tc.want.path {
					t.Errorf("SBOM-1 %s by %s, want %s", got.Answer, got.Path, tc.want)
				}
				kindtest.SaysAll(t, "the basis", got.Says, tc.want.says)
			}
			if fa, ok := f.sbomFormat(); ok {
				t.Errorf("SBOM-2 decided %s (%s) with no SBOM file read", fa.Answer, fa.Says)
			}
		})
	}
}
