package content

import (
	"os"
	"testing"
	"unsafe"
)

// TestDecoderTextCopies: a decoded value is a copy, never a slice of the
// string it came from (which, from the TOML decoder, is the whole file),
// and equal values of one file share one copy.
func TestDecoderTextCopies(t *testing.T) {
	file := "name = \"LVP-7\"\nother = \"LVP-7\"\n"
	value := file[8:13]
	var d decoder
	got := d.text(value)
	if got != "LVP-7" {
		t.Fatalf("text = %q", got)
	}
	if unsafe.StringData(got) == unsafe.StringData(value) {
		t.Error("the value points into the file")
	}
	if again := d.text(file[24:29]); unsafe.StringData(again) != unsafe.StringData(got) {
		t.Error("two equal values of a file are two copies")
	}
}

// TestDecodedProductSharesRepeatedValues: in a decoded product file a
// value the file repeats is one string (the example pump names model
// LVP-7 in [[models]] and in a version's models).
func TestDecodedProductSharesRepeatedValues(t *testing.T) {
	src, err := os.ReadFile("../../content/halcyon-lvp7.toml")
	if err != nil {
		t.Fatal(err)
	}
	var p Product
	if _, diags, ok := DecodeTOML("halcyon-lvp7.toml", src, &p); !ok || diags.Err() != nil {
		t.Fatalf("decode: %v", diags.Err())
	}
	if len(p.Models) == 0 || len(p.Versions) == 0 || len(p.Versions[0].Models) == 0 || p.Versions[0].Models[0] != p.Models[0].ID {
		t.Fatal("the example's first version no longer names its first model; the test covers nothing")
	}
	if unsafe.StringData(p.Versions[0].Models[0]) != unsafe.StringData(p.Models[0].ID) {
		t.Error("a value the file repeats is decoded to two copies")
	}
}
