package sbom

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// copiedComponent is a component of an annotated copy as the type tests
// read it: its type and its properties by name.
type copiedComponent struct {
	Type  string
	Props map[string][]string
}

// copiedTypes reads the subject and the components of annotated copy b
// by name.
func copiedTypes(t *testing.T, b []byte) (subject copiedComponent, byName map[string]copiedComponent) {
	t.Helper()
	type comp struct {
		Name       string
		Type       string
		Properties []struct{ Name, Value string }
		Components []comp
	}
	var bom struct {
		Metadata struct {
			Component comp `json:"component"`
		} `json:"metadata"`
		Components []comp `json:"components"`
	}
	if err := json.Unmarshal(b, &bom); err != nil {
		t.Fatal(err)
	}
	of := func(c comp) copiedComponent {
		out := copiedComponent{Type: c.Type, Props: map[string][]string{}}
		for _, p := range c.Properties {
			out.Props[p.Name] = append(out.Props[p.Name], p.Value)
		}
		return out
	}
	byName = map[string]copiedComponent{}
	var walk func([]comp)
	walk = func(cs []comp) {
		for _, c := range cs {
			byName[c.Name] = of(c)
			walk(c.Components)
		}
	}
	walk(bom.Components)
	walk(bom.Metadata.Component.Components)
	return of(bom.Metadata.Component), byName
}

// untypedSPDX is an SPDX 2.3 document whose described package states
// purpose (`, "primaryPackagePurpose": …` or ""), and whose packages
// state a type CycloneDX has, one it lacks, and none.
func untypedSPDX(purpose string) []byte {
	return []byte(`{"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT", "name": "x",
"documentNamespace": "https://example.com/x", "creationInfo": {"created": "2024-01-01T00:00:00Z", "creators": ["Tool: t"]},
"documentDescribes": ["SPDXRef-fw"],
"packages": [{"SPDXID": "SPDXRef-fw", "name": "fw", "versionInfo": "1.0", "downloadLocation": "NOASSERTION"` + purpose + `},
{"SPDXID": "SPDXRef-kernel", "name": "linux-kernel", "versionInfo": "6.1.90", "downloadLocation": "NOASSERTION"},
{"SPDXID": "SPDXRef-os", "name": "os", "versionInfo": "1", "downloadLocation": "NOASSERTION", "primaryPackagePurpose": "OPERATING-SYSTEM"},
{"SPDXID": "SPDXRef-src", "name": "src", "versionInfo": "1", "downloadLocation": "NOASSERTION", "primaryPackagePurpose": "SOURCE"}],
"relationships": [{"spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-fw"},
{"spdxElementId": "SPDXRef-fw", "relationshipType": "CONTAINS", "relatedSpdxElement": "SPDXRef-kernel"}]}`)
}

// TestAnnotateMarksUnstatedTypes: CycloneDX requires a type, so a
// component whose SBOM states none is a library in the annotated copy,
// and marked jspgen:type:stated "false" so that the copy does not pass
// the type off as the SBOM's; a component with a type, one CycloneDX
// lacks included, is not marked. A subject stating none is an
// application, marked, where no other SBOM of its version states a type,
// as the VEX files give it.
func TestAnnotateMarksUnstatedTypes(t *testing.T) {
	for _, c := range []struct {
		name, purpose, subject string
		wantSubject            copiedComponent
	}{
		{"untyped subject, no product type", "", "", copiedComponent{"application", map[string][]string{PropertyTypeStated: {"false"}}}},
		{"untyped subject, the product's type", "", "firmware", copiedComponent{"firmware", map[string][]string{}}},
		{"typed subject", `, "primaryPackagePurpose": "FIRMWARE"`, "", copiedComponent{"firmware", map[string][]string{}}},
	} {
		b, err := AnnotateAs("x.spdx.json", untypedSPDX(c.purpose), c.subject, func(Component) Annotation { return Annotation{Level: "maintained"} })
		if err != nil {
			t.Fatal(err)
		}
		subject, comps := copiedTypes(t, b)
		if subject.Type != c.wantSubject.Type || len(subject.Props[PropertyTypeStated]) != len(c.wantSubject.Props[PropertyTypeStated]) {
			t.Errorf("%s: subject %+v, want %+v", c.name, subject, c.wantSubject)
		}
		for _, w := range []struct {
			name, typ string
			marked    bool
		}{
			{"linux-kernel", "library", true},
			{"os", "operating-system", false},
			{"src", "library", false}, // SOURCE is a type the SBOM states
		} {
			got := comps[w.name]
			if got.Type != w.typ {
				t.Errorf("%s: %s typed %q, want %q", c.name, w.name, got.Type, w.typ)
			}
			marks := got.Props[PropertyTypeStated]
			switch {
			case w.marked && (len(marks) != 1 || marks[0] != "false"):
				t.Errorf("%s: %s: %s %q, want one \"false\"", c.name, w.name, PropertyTypeStated, marks)
			case !w.marked && len(marks) > 0:
				t.Errorf("%s: %s states its type, yet is marked %s %q", c.name, w.name, PropertyTypeStated, marks)
			}
			if got.Props[PropertyLevel] == nil {
				t.Errorf("%s: %s lost its support properties: %+v", c.name, w.name, got.Props)
			}
		}
	}
}

// TestAnnotateTypeStatedOnce: annotating an annotated copy again keeps
// one mark, and a CycloneDX component without a type is marked as an
// SPDX package without a purpose is.
func TestAnnotateTypeStatedOnce(t *testing.T) {
	first, err := Annotate("x.spdx.json", untypedSPDX(""), func(Component) Annotation { return Annotation{} })
	if err != nil {
		t.Fatal(err)
	}
	again, err := Annotate("x.spdx.annotated.cdx.json", first, func(Component) Annotation { return Annotation{} })
	if err != nil {
		t.Fatal(err)
	}
	if _, comps := copiedTypes(t, again); len(comps["linux-kernel"].Props[PropertyTypeStated]) != 1 {
		t.Errorf("annotated twice: linux-kernel %+v, want one %s", comps["linux-kernel"], PropertyTypeStated)
	}

	untyped := strings.Replace(supportCDX, `{"type": "library", "name": "bare"`, `{"name": "bare"`, 1)
	out, err := Annotate("s.cdx.json", []byte(untyped), func(Component) Annotation { return Annotation{} })
	if err != nil {
		t.Fatal(err)
	}
	_, comps := copiedTypes(t, out)
	if got := comps["bare"]; got.Type != "library" || len(got.Props[PropertyTypeStated]) != 1 {
		t.Errorf("CycloneDX component without a type: %+v, want a library marked %s", got, PropertyTypeStated)
	}
	if got := comps["zlib"]; got.Props[PropertyTypeStated] != nil {
		t.Errorf("zlib states its type, yet is marked: %+v", got)
	}
}

// TestAnnotateTypedKeepsBytes: an SBOM whose components all state a type
// gets no mark, and the copy is what it was without one: the copy of a
// typed CycloneDX file holds no jspgen:type:stated at all.
func TestAnnotateTypedKeepsBytes(t *testing.T) {
	out, err := Annotate("s.cdx.json", []byte(supportCDX), func(Component) Annotation { return Annotation{Level: "maintained"} })
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte(PropertyTypeStated)) {
		t.Errorf("a copy of a typed SBOM carries %s:\n%s", PropertyTypeStated, out)
	}
}
