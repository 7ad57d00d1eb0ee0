package sbom

import "testing"

// TestAnnotateGivesTheEntryType: a component whose SBOM states no type
// gets the type its [[components]] entry gives (Annotation.Type), not a
// library marked jspgen:type:stated "false"; a type the SBOM states, one
// CycloneDX lacks included, is kept, and a type CycloneDX lacks given by
// the annotation is no type.
func TestAnnotateGivesTheEntryType(t *testing.T) {
	b, err := Annotate("x.spdx.json", untypedSPDX(""), func(c Component) Annotation {
		switch c.Name {
		case "linux-kernel", "os", "src":
			return Annotation{Level: "maintained", Type: "firmware"}
		}
		return Annotation{Level: "maintained", Type: "kernel"}
	})
	if err != nil {
		t.Fatal(err)
	}
	_, comps := copiedTypes(t, b)
	for _, w := range []struct {
		name, typ string
		marked    bool
	}{
		{"linux-kernel", "firmware", false}, // stated by the annotation
		{"os", "operating-system", false},   // the SBOM's
		{"src", "library", false},           // SOURCE: the SBOM's, CycloneDX lacks it
	} {
		got := comps[w.name]
		if got.Type != w.typ || (len(got.Props[PropertyTypeStated]) > 0) != w.marked {
			t.Errorf("%s: %+v, want type %q, marked %v", w.name, got, w.typ, w.marked)
		}
	}
	b, err = Annotate("x.spdx.json", untypedSPDX(""), func(Component) Annotation { return Annotation{Level: "maintained", Type: "kernel"} })
	if err != nil {
		t.Fatal(err)
	}
	if _, comps := copiedTypes(t, b); comps["linux-kernel"].Type != "library" || len(comps["linux-kernel"].Props[PropertyTypeStated]) != 1 {
		t.Errorf("a type CycloneDX lacks: linux-kernel %+v, want a library marked %s", comps["linux-kernel"], PropertyTypeStated)
	}
}
