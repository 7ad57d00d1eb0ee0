package sbom

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const supportCDX = `{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 3,
 "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
 "metadata": {"component": {"type": "application", "name": "app", "version": "1",
   "components": [{"type": "library", "name": "inner", "version": "2", "purl": "pkg:generic/inner@2"}]}},
 "components": [
  {"type": "library", "name": "zlib", "version": "1.3.1", "purl": "pkg:generic/zlib@1.3.1",
   "properties": [{"name": "other", "value": "kept"},
     {"name": "cdx:lifecycle:milestone:endOfSupport", "value": "2027-01-31"},
     {"name": "jspgen:support:level", "value": "limited"},
     {"name": "jspgen:support:justification", "value": " why "},
     {"name": "jspgen:support:source", "value": "https://zlib.net"},
     {"name": "jspgen:support:level", "value": "ignored: the first counts"}]},
  {"type": "library", "name": "bare", "version": "1"}
 ]}`

// TestCycloneDXSupportProperties: the support properties of a component
// are read as written (trimmed, the first of each name).
func TestCycloneDXSupportProperties(t *testing.T) {
	doc, err := Parse("s.cdx.json", []byte(supportCDX))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Support{}
	for _, c := range doc.Components {
		got[c.Name] = c.Support
	}
	if want := (Support{EndOfSupport: "2027-01-31", Level: "limited", Justification: "why", Source: "https://zlib.net"}); got["zlib"] != want {
		t.Errorf("zlib: got %+v, want %+v", got["zlib"], want)
	}
	if !got["bare"].IsZero() || !got["inner"].IsZero() {
		t.Errorf("components without properties: got %+v, %+v", got["bare"], got["inner"])
	}
}

// TestAnnotate: the annotated copy is CycloneDX JSON whose components
// carry exactly the annotation's support properties (replacing the ones
// they had, keeping the others), nested components included; its metadata
// names the original (its identity: TestAnnotatedCopyIdentity); it parses
// back to the same support; the same input gives the same bytes.
func TestAnnotate(t *testing.T) {
	annotate := func(c Component) Annotation {
		switch c.Name {
		case "zlib":
			return Annotation{Level: "maintained", EndOfSupport: "2030-01-01", Origin: "annotation"}
		case "inner":
			return Annotation{Justification: "no date published", Source: "policy", Origin: "site-rule:all"}
		}
		return Annotation{}
	}
	out, err := Annotate("s.cdx.json", []byte(supportCDX), annotate)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Annotate("s.cdx.json", []byte(supportCDX), annotate)
	if err != nil || !bytes.Equal(out, again) {
		t.Fatalf("not deterministic (err %v)", err)
	}
	doc, err := Parse("s.cdx.annotated.json", out)
	if err != nil {
		t.Fatalf("the annotated copy does not parse: %v\n%s", err, out)
	}
	got := map[string]Support{}
	for _, c := range doc.Components {
		got[c.Name] = c.Support
	}
	want := map[string]Support{
		"zlib":  {EndOfSupport: "2030-01-01", Level: "maintained"},
		"inner": {Justification: "no date published", Source: "policy"},
		"bare":  {},
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: got %+v, want %+v", name, got[name], w)
		}
	}
	s := string(out)
	for _, sub := range []string{`"name": "jspgen:annotated-from",`, `"value": "s.cdx.json"`, `"name": "other",`, `"value": "kept"`,
		`"name": "jspgen:support:origin",`, `"value": "site-rule:all"`} {
		if !strings.Contains(s, sub) {
			t.Errorf("annotated copy lacks %s:\n%s", sub, s)
		}
	}
	if strings.Contains(s, "ignored") || strings.Contains(s, "https://zlib.net") {
		t.Errorf("the component's own support properties were kept beside the annotation:\n%s", s)
	}
}

// TestAnnotateExampleKeepsEveryComponent: the example's annotated copy
// lists the same components as the original, and the original is not
// changed.
func TestAnnotateExampleKeepsEveryComponent(t *testing.T) {
	path := filepath.Join(moduleRoot(t), "content", "halcyon-lvp7", "sbom.cdx.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	orig := bytes.Clone(data)
	out, err := Annotate("sbom.cdx.json", data, func(Component) Annotation { return Annotation{Level: "maintained"} })
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(orig, data) {
		t.Fatal("Annotate changed its input")
	}
	a, _ := Parse("a", out)
	b, _ := Parse("b", orig)
	if len(a.Components) != len(b.Components) || a.SpecVersion != b.SpecVersion {
		t.Fatalf("annotated: %d components, CycloneDX %s; original: %d, %s", len(a.Components), a.SpecVersion, len(b.Components), b.SpecVersion)
	}
	for i := range a.Components {
		if a.Components[i].Support.Level != "maintained" || a.Components[i].Name != b.Components[i].Name {
			t.Errorf("component %d: %+v", i, a.Components[i])
		}
	}
}

// TestAnnotateSPDX: an SPDX document becomes a CycloneDX 1.6 copy with
// every package and its support.
func TestAnnotateSPDX(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "spec-style-2.3.spdx"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse("x.spdx", data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Annotate("x.spdx", data, func(c Component) Annotation { return Annotation{Justification: "j " + c.Name} })
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse("x.annotated.cdx.json", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if back.Format != FormatCycloneDX || back.SpecVersion != "1.6" || len(back.Components) != len(doc.Components) {
		t.Fatalf("got %s %s with %d components, want CycloneDX 1.6 with %d", back.Format, back.SpecVersion, len(back.Components), len(doc.Components))
	}
	for _, c := range back.Components {
		if c.Support.Justification != "j "+c.Name {
			t.Errorf("%s: justification %q", c.Name, c.Support.Justification)
		}
	}
}
