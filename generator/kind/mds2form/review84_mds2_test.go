package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/templates"
)

// TestReview84HostedPlugin: the hostedplugin review (round 84). A
// plug-in's API to its host's platform (kind api, no port, part on
// another maker's device) is no network transmission, so TXCF-1 is not
// derived No from it; MPII-3.4 (dedicated cable) of a product with no
// hardware of its own is N/A as MPII-3.3 is, not No; and the
// manufacturer's own No to MPII-3.5 and MPII-3.6, in place of their
// host-link N/A, leaves MPII-3.10 nothing to keep open, while without
// those answers MPII-3.10 stays open and the warning names the N/As.
func TestReview84HostedPlugin(t *testing.T) {
	plugin := func(edit func(string) string) mds2Case {
		return copyCase(t, "../../testdata/hostedplugin/jspgen.toml", "../../testdata/hostedplugin/content/echomeasure.toml", edit)
	}
	row := func(f *mds2.Form, id string) mds2.Row {
		t.Helper()
		r, ok := f.Row(id)
		if !ok {
			t.Fatalf("no row %s", id)
		}
		return r
	}
	f, diags, _, _ := resolveCase(t, plugin(nil))
	if r := row(f, "TXCF-1"); r.Answer == mds2.No && fromData(&r) {
		t.Errorf("TXCF-1 derived No (%s); the plug-in's API inside its host transmits nothing over a network", r.From)
	}
	if r := row(f, "MPII-3.4"); r.Answer != mds2.NA || !fromData(&r) || !strings.Contains(r.From, "no hardware of its own") {
		t.Errorf("MPII-3.4 = %s (%s %s); want N/A from the data: no hardware of its own", r.Answer, r.Basis, r.From)
	}
	if r := row(f, "MPII-3.10"); r.Answer != mds2.No || !fromData(&r) {
		t.Errorf("MPII-3.10 = %s (%s %s); want No from the data beside the hand answers to MPII-3.5 and MPII-3.6", r.Answer, r.Basis, r.From)
	}
	for _, d := range diags {
		if strings.Contains(d.Message, "MPII-3.5 and MPII-3.6 are N/A") {
			t.Errorf("warning calls hand-answered rows N/A: %s", d.Message)
		}
	}
	// without the hand answers, the host-link N/As keep MPII-3.10 open
	drop := func(s string) string {
		return strings.Replace(strings.Replace(s, "\"MPII-3.5\" = \"no\"\n", "", 1), "\"MPII-3.6\" = \"no\"\n", "", 1)
	}
	f, diags, _, _ = resolveCase(t, plugin(drop))
	if r := row(f, "MPII-3.10"); r.Answer != mds2.Unanswered {
		t.Errorf("MPII-3.10 = %s (%s); want it left open beside the host-link N/As", r.Answer, r.From)
	}
	if !strings.Contains(strings.Join(diagStrings(diags), "\n"), "MPII-3.5 and MPII-3.6 are N/A") {
		t.Errorf("no warning naming the N/As of MPII-3.5 and MPII-3.6:\n%s", strings.Join(diagStrings(diags), "\n"))
	}
}

// TestReview84ScreenNotListed: a hand MPII-3.1 Yes (PII shown on a
// screen) beside interface lists called complete on every part, none of
// which lists a display or web user interface, is warned about (the
// capsule review: the reading workstation's screen missing from the
// CSD's "every interface"); listing the screen silences it.
func TestReview84ScreenNotListed(t *testing.T) {
	const want = "answer Yes (PII shown on a screen), but interfaces_complete = true says [[interfaces]] lists every interface"
	capsule := func(edit func(string) string) mds2Case {
		return copyCase(t, "../../testdata/capsule/jspgen.toml", "../../testdata/capsule/content/lumacap.toml", edit)
	}
	_, diags, _, _ := resolveCase(t, capsule(nil))
	if !strings.Contains(strings.Join(diagStrings(diags), "\n"), want) {
		t.Errorf("no warning %q:\n%s", want, strings.Join(diagStrings(diags), "\n"))
	}
	withScreen := func(s string) string {
		return strings.Replace(s, "[[interfaces]]\n", "[[interfaces]]\nid = \"screen\"\nkind = \"display\"\npart = \"workstation\"\nname = \"Screen\"\npurpose = \"Showing images.\"\ncarries = [\"phi\"]\n\n[[interfaces]]\n", 1)
	}
	_, diags, _, _ = resolveCase(t, capsule(withScreen))
	if strings.Contains(strings.Join(diagStrings(diags), "\n"), want) {
		t.Errorf("warned although the screen is listed")
	}
}

// TestReview84IntroNamesAnswersInPlaceOfData: the introduction names the
// manufacturer's answers that stand, without a note, in place of one the
// data give (hostedplugin: MPII-3.5 and MPII-3.6 No in place of N/A), not
// only those explained in a note.
func TestReview84IntroNamesAnswersInPlaceOfData(t *testing.T) {
	c := copyCase(t, "../../testdata/hostedplugin/jspgen.toml", "../../testdata/hostedplugin/content/echomeasure.toml", nil)
	form, _, env, p := resolveCase(t, c)
	env.Templates = render.Files{Shipped: templates.FS}
	intro := ""
	for _, line := range strings.Split(renderMDS2(t, env, p, form), "\n") {
		if strings.HasPrefix(line, "This is the Manufacturer Disclosure Statement") {
			intro = line
		}
	}
	const want = "Where the product data give an answer only from what the product lacks, Corvia Analytics GmbH's own answer stands in its place without a note, departing from the data (MPII-3.5, MPII-3.6); the link of each says what the data give"
	if !strings.Contains(intro, want) {
		t.Errorf("introduction:\n%s\nwant it to contain:\n%s", intro, want)
	}
}
