package mds2

import (
	"strings"
	"testing"
)

// TestParseIDNamedBoundaries: a name starts with any capital letter, A and
// Z included; form sections take numbers only.
func TestParseIDNamedBoundaries(t *testing.T) {
	for _, s := range []string{"JSP-ALPHA", "JSP-ZULU", "JSP-MODELS"} {
		id, err := ParseID(s)
		if err != nil || id.Code != "JSP" || id.Name != s[len("JSP-"):] || !id.IsExtension() {
			t.Errorf("ParseID(%q) = %+v, %v", s, id, err)
		}
	}
	for _, s := range []string{"DOC-A", "MPII-Z"} {
		if _, err := ParseID(s); err == nil || !strings.Contains(err.Error(), "IDs are numbered") {
			t.Errorf("ParseID(%q): %v, want a form section's IDs to be numbered", s, err)
		}
	}
}

// TestParseIDCharacterBoundaries: names take capitals and digits 0 to 9;
// section codes are 2 to 8 capitals.
func TestParseIDCharacterBoundaries(t *testing.T) {
	for _, s := range []string{"JSP-A09Z", "JSP-ZA", "AB-1", "ABCDEFGH-1", "ABCDEFGH-X1", "AZ-1", "ZA-2"} {
		if _, err := ParseID(s); err != nil {
			t.Errorf("ParseID(%q): %v", s, err)
		}
	}
	for _, s := range []string{"JSP-A:", "JSP-A/", "JSP-A@", "JSP-A[", "A-1", "ABCDEFGHI-1"} {
		if _, err := ParseID(s); err == nil {
			t.Errorf("ParseID(%q) succeeded", s)
		}
	}
}

func TestParseIDNumberLength(t *testing.T) {
	if id, err := ParseID("MPII-9999.1000"); err != nil || id.String() != "MPII-9999.1000" {
		t.Errorf("four-digit numbers: %+v, %v", id, err)
	}
	if _, err := ParseID("MPII-10000"); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("five-digit number: %v", err)
	}
}

func TestNormalizeIDDropsEveryBlank(t *testing.T) {
	if got := NormalizeID(" m pii -\t2 .\u00a01 "); got != "MPII-2.1" {
		t.Errorf("NormalizeID = %q, want MPII-2.1", got)
	}
}
