package inventory

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestEntryType: a [[components]] entry's type (components.type) is the
// type of the component it adds, and of an SBOM component it annotates
// whose SBOM states none, which is then no component of unstated type; a
// type the SBOM states is kept. Without it the entry's component has no
// type, as before.
func TestEntryType(t *testing.T) {
	win := content.Component{Name: "Windows 10 IoT Enterprise 2016 LTSB", Version: "1607", Type: "operating-system"}
	p := &content.Product{Components: []content.Component{win}}
	if c := entryComponent(win, 0, supporter{p: p}); c.Type != "operating-system" {
		t.Errorf("entry's own component: type %q, want operating-system", c.Type)
	}
	untyped := win
	untyped.Type = ""
	if c := entryComponent(untyped, 0, supporter{p: p}); c.Type != "" {
		t.Errorf("entry without a type: type %q, want none", c.Type)
	}
	doc := &sbom.Document{Components: []sbom.Component{
		{Name: win.Name, Version: win.Version},
		{Name: "Windows 10 Enterprise LTSC 2019", Version: "1809", Type: "platform"},
	}}
	entries := []content.Component{win, {Name: "Windows 10 Enterprise LTSC 2019", Version: "1809", Type: "operating-system"}}
	cs := FromSBOM(doc, "s.spdx.json", entries)
	if cs[0].Type != "operating-system" || cs[0].TypeUnstated() || cs[0].Annotation().Type != "operating-system" {
		t.Errorf("SBOM component without a type: type %q (unstated %v, annotation %q), want operating-system", cs[0].Type, cs[0].TypeUnstated(), cs[0].Annotation().Type)
	}
	if cs[1].Type != "platform" {
		t.Errorf("SBOM component with a type: type %q, want the SBOM's platform", cs[1].Type)
	}
}
