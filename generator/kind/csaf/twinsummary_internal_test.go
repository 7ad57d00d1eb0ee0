package csaf

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
)

// TestTwinReferenceNamesTheNotice: a twin's reference to the page it
// twins names that page as the page names itself ("security advisory
// X-1 revision A", "notice X-1 revision B"), for a security advisory's
// twin as for an end-of-life or end-of-support notice's, not as "the
// human-readable document".
func TestTwinReferenceNamesTheNotice(t *testing.T) {
	for _, tc := range []struct {
		kind, revision, want string
	}{
		{"security", "A", "Security advisory X-1 revision A, which this document twins"},
		{"end_of_support", "B", "Notice X-1 revision B, which this document twins"},
		{"end_of_life", "", "Notice X-1, which this document twins"},
	} {
		n := content.Notice{Kind: tc.kind, Document: content.DocumentControl{ID: "X-1", Revision: tc.revision}}
		if got := noticeTwinSummary(n); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.kind, got, tc.want)
		}
	}
	env, p, _ := exampleNotice(t)
	i := slices.IndexFunc(p.Notices, func(n content.Notice) bool { return n.Security() })
	if i < 0 {
		t.Fatal("the example has no security notice")
	}
	n := p.Notices[i]
	adv, ok := securityAdvisory(env, p, n)
	if !ok {
		t.Fatalf("security notice %s has no twin", n.ID)
	}
	refs := adv.Doc.Document.References
	j := slices.IndexFunc(refs, func(r csaf.Ref) bool { return strings.HasSuffix(r.URL, "/"+p.ID+"/notices/"+n.ID+".html") })
	if j < 0 {
		t.Fatalf("the twin of %s does not reference it: %+v", n.ID, refs)
	}
	if want := "Security advisory " + n.Document.ID + " revision " + n.Document.Revision + ", which this document twins"; refs[j].Summary != want {
		t.Errorf("reference to the notice: %q, want %q", refs[j].Summary, want)
	}
}
