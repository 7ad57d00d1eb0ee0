package content

import (
	"slices"
	"strings"
	"testing"
)

// TestFlowWithoutListedData: data = [] says a flow sends none of the data
// kinds (a tag that broadcasts only its ID): it decodes, counts as no PHI
// or PII, and is named "None of the listed data kinds", never "Not
// stated"; leaving data out stays an error, of a version's flow too.
func TestFlowWithoutListedData(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n[[parts]]\nid = \"tag\"\nname = \"Tag\"\nruns = \"device\"\n[[parts]]\nid = \"gw\"\nname = \"Gateway\"\nruns = \"device\"\n"
	flow := func(data string) string {
		return head + "[[data_flows]]\nid = \"DF-01\"\nfrom = \"tag\"\nto = \"gw\"\n" + data + "protection = \"None.\"\n"
	}
	added := head + "[[versions]]\nversion = \"1.0\"\n[[versions]]\nversion = \"2.0\"\n[[versions.changes.data_flows_added]]\nid = \"DF-01\"\nfrom = \"tag\"\nto = \"gw\"\nprotection = \"None.\"\n"
	tests := []struct {
		name, src string
		want      string // the decoding error about data, "" for none
		labels    []string
	}{
		{"data = []", flow("data = []\n"), "", []string{NoListedData}},
		{"data listed", flow("data = [\"measurements\"]\n"), "", []string{"Patient measurements or recordings (no name or record number)"}},
		{"data not written", flow(""), "data_flows[0].data: missing required key", nil},
		{"a version's flow, data = []", added + "data = []\n", "", nil},
		{"a version's flow, data not written", added, "versions[1].changes.data_flows_added[0].data: missing required key", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{}
			_, diags, _ := DecodeTOML("p.toml", []byte(tc.src), p)
			var got []string
			for _, d := range diags {
				if strings.HasSuffix(d.Path, ".data") {
					got = append(got, d.Path+": "+d.Message)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Fatalf("unexpected: %s", strings.Join(got, "\n"))
			case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)):
				t.Fatalf("got %q, want one diagnostic starting %q", got, tc.want)
			}
			if tc.labels == nil {
				return
			}
			f := p.DataFlows[0]
			if f.Data.Personal() {
				t.Errorf("data %v counts as PHI or PII", f.Data)
			}
			if got := p.FlowDataLabels(f.Data); !slices.Equal(got, tc.labels) {
				t.Errorf("FlowDataLabels(%v) = %q, want %q", f.Data, got, tc.labels)
			}
		})
	}
}
