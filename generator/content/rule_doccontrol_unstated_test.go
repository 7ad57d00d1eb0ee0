package content

import (
	"strings"
	"testing"
)

// TestRuleDocControlUnstated: a document built without approvals is
// warned about once per kind (once for all the notices), naming the
// owner too where it is left out; a document with an approval, or one
// not built, is not.
func TestRuleDocControlUnstated(t *testing.T) {
	ctl := func(id string) DocumentControl {
		return DocumentControl{ID: id, Revision: "A", ReleaseDate: NewDate(2025, 1, 2), Owner: "Product security lead",
			Approvals: []Approval{{Role: "QA", Name: "A. B.", Date: Date{}}}}
	}
	full := func() *Product {
		p := riskProduct()
		p.Documents.Build = []string{"csd", "lifecycle", "notices"}
		p.Documents.CSD, p.Documents.Lifecycle = ctl("D-CSD"), ctl("D-LC")
		p.Notices = []Notice{{ID: "eos-1", Document: ctl("N-1")}, {ID: "eos-2", Document: ctl("N-2")}}
		return p
	}
	tests := []struct {
		name   string
		modify func(p *Product)
		want   []string // substrings, one per diagnostic in order
	}{
		{"all approved passes", nil, nil},
		{"CSD without approvals warns once", func(p *Product) { p.Documents.CSD.Approvals = nil },
			[]string{"documents.csd: approvals not written: the CSD shows no approval of its revision A, and its document control says the approval is not stated; a regulatory reviewer will expect"}},
		{"owner left out too is named", func(p *Product) { p.Documents.Lifecycle.Approvals, p.Documents.Lifecycle.Owner = nil, "" },
			[]string{"documents.lifecycle: approvals not written: the lifecycle page shows no approval of its revision A, and its document control says the approval is not stated; its owner (owner) is not written either"}},
		{"a document not built passes", func(p *Product) {
			p.Documents.Build = []string{"lifecycle", "notices"}
			p.Documents.CSD.Approvals = nil
		}, nil},
		{"MDS2 control unwritten and not built passes", func(p *Product) { p.Documents.MDS2 = DocumentControl{} }, nil},
		{"notices warn once for all", func(p *Product) {
			p.Notices[0].Document.Approvals, p.Notices[1].Document.Approvals = nil, nil
			p.Notices[1].Document.Owner = ""
		}, []string{"notices[0].document: approvals not written: notices eos-1 and eos-2 show no approval of their revisions, and each one's document control says the approval is not stated; 1 of them give no owner"}},
		{"one notice", func(p *Product) { p.Notices[1].Document.Approvals = nil },
			[]string{"notices[1].document: approvals not written: notice eos-2 shows no approval of its revision, and its document control says the approval is not stated; a regulatory reviewer will expect a released notice"}},
		{"CSD without id, revision and release date warns once", func(p *Product) {
			p.Documents.CSD.ID, p.Documents.CSD.Revision, p.Documents.CSD.ReleaseDate = "", "", Date{}
		}, []string{"documents.csd: document control incomplete: the CSD gives no document number (id), revision or release date (release_date); it says so where it would print them"}},
		{"lifecycle without id only names the id", func(p *Product) { p.Documents.Lifecycle.ID = "" },
			[]string{"documents.lifecycle: document control incomplete: the lifecycle page gives no document number (id); it says so where it would print it;"}},
		{"no number and no approval: both warnings, the approval one naming no revision", func(p *Product) {
			p.Documents.CSD = DocumentControl{}
		}, []string{"documents.csd: document control incomplete: the CSD gives no document number (id), revision or release date",
			"documents.csd: approvals not written: the CSD shows no approval of its revision (none is written), and its document control says the approval is not stated; its owner (owner) is not written either"}},
		{"a document without a number not built passes", func(p *Product) {
			p.Documents.Build = []string{"lifecycle", "notices"}
			p.Documents.CSD.ID = ""
		}, nil},
		{"notices without numbers warn once for all", func(p *Product) {
			p.Notices[0].Document.ID, p.Notices[1].Document.ReleaseDate = "", Date{}
		}, []string{"notices[0].document: document control incomplete: notice eos-1 gives no document number (id); notice eos-2 gives no release date (release_date); each notice says so"}},
		{"a notice without any document control warns", func(p *Product) {
			p.Notices[1].Document = DocumentControl{}
		}, []string{"notices[1].document: document control incomplete: notice eos-2 gives no document number (id), revision or release date (release_date); the notice says so",
			"notices[1].document: approvals not written: notice eos-2 shows no approval"}},
		{"each kind once", func(p *Product) {
			p.Documents.CSD.Approvals, p.Documents.Lifecycle.Approvals, p.Notices[0].Document.Approvals = nil, nil, nil
		}, []string{"documents.csd: ", "documents.lifecycle: ", "notices[0].document: "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := full()
			if tc.modify != nil {
				tc.modify(p)
			}
			got := ruleDocControlUnstated(p)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %d diagnostics", got, len(tc.want))
			}
			for i, w := range tc.want {
				if s := got[i].String(); !strings.Contains(s, w) {
					t.Errorf("diagnostic %q does not contain %q", s, w)
				}
			}
		})
	}
	if !containsRule(ruleDocControlUnstated) {
		t.Error("ruleDocControlUnstated is not in productRules")
	}
}

// TestDocControlOwnerApprovalsOptional: a document control without owner
// and approvals decodes without a "required" error, and so (since the
// specification of a sparse product may assign no document number) does
// one without id, revision, release_date and history.
func TestDocControlOwnerApprovalsOptional(t *testing.T) {
	src := "schema_version = 2\nid = \"p\"\n[documents]\nbuild = [\"csd\"]\n[documents.csd]\nhistory = [{ revision = \"A\", date = 2024-01-22, summary = \"First.\" }]\n"
	_, diags, _ := DecodeTOML("p.toml", []byte(src), &Product{})
	got := map[string]bool{}
	for _, d := range diags {
		got[d.Path] = true
	}
	for _, k := range []string{"documents.csd.owner", "documents.csd.approvals", "documents.csd.id", "documents.csd.revision", "documents.csd.release_date", "documents.csd.history"} {
		if got[k] {
			t.Errorf("%s is still required", k)
		}
	}
}
