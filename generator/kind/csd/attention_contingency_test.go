package csd

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDAttentionContingencyWithoutMaintenance: in the implant fixture,
// security updates for 5.0 stopped at its end of life, which voids the
// general contingency (a replacement "in the next release") for it. With
// no notice stating what maintenance remains (cleared here: the loader
// requires it of every lifecycle notice, but a notice about some models
// only is not the version's, content.Product.MaintenanceNotice), each row
// of 5.2 and the paragraph below the table say that no contingency is
// stated for 5.0, instead of leaving the voided one as the only action.
// The notice's concern stays labelled as its own, by its ID where the
// notices are built, else without naming an unbuilt document.
func TestCSDAttentionContingencyWithoutMaintenance(t *testing.T) {
	const (
		linux = "The Linux 5.15 long-term kernel's support ends on 31 December 2026, before 5.0's end of support. None stated for version `5.0`: see below. |"
		none  = "no release of version `5.0` replaces these components. No other contingency for these components in version `5.0` is stated.\n"
	)
	dir := filepath.Join("..", "..", "testdata", "implant")
	c, _ := kindtest.Load(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
	kp, _ := kindtest.Product(t, c, "cardiorhythm")
	for i := range kp.Notices {
		kp.Notices[i].Maintenance = ""
	}
	// kp, not csdContext: the 5.0 CSD lists 5.0's own components (kp.ByVersion).
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	i := -1
	for j, d := range prep.Documents {
		if d.Path == kind.VersionPath("5.0", "csd") {
			i = j
		}
	}
	if i < 0 {
		t.Fatal("no CSD of version 5.0")
	}
	for _, tc := range []struct {
		name        string
		notices     bool
		says, never []string
	}{
		{"notices built", true, []string{"| Notice CV-AUR-EOS-50 says: " + linux, none}, []string{"What remains for version `5.0`", "A notice naming it says"}},
		{"notices not built", false, []string{"| A notice naming it says: " + linux, none}, []string{"What remains for version `5.0`", "CV-AUR-EOS-50 says"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			built := kindtest.Built(kp)
			built.Notices = tc.notices
			md := kindtest.RenderBuilt(t, env, kp, prep.Documents[i], built)
			kindtest.SaysAll(t, "the implant 5.0 CSD", md, tc.says...)
			kindtest.SaysNone(t, "the implant 5.0 CSD", md, tc.never...)
		})
	}
}
