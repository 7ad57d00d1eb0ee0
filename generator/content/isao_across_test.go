package content

import (
	"strings"
	"testing"
)

// TestISAOAcross: a product's hand DOC-9 No, with the membership not
// stated in the site file, beside another product's plan that says it
// is not stated (twoproducts) or a form answering Yes warns; beside a
// plan repeating the same No, a product building neither, or a stated
// membership it does not.
func TestISAOAcross(t *testing.T) {
	ward := KnownProduct{File: "content/wardsight.toml", ID: "wardsight", Build: []string{"csd", "mds2"}, DOC9: "no", DOC9Line: 249}
	for _, tc := range []struct {
		name   string
		other  KnownProduct
		member Tri
		want   string
	}{
		{"a plan saying not stated", KnownProduct{ID: "telestride", Build: []string{"security_plan", "csd"}}, Tri(0),
			"answer No, but jspgen.toml does not state manufacturer.isao.member, and the security plan of telestride says it is not stated: whether Quillon is a member of an information sharing and analysis organization is one fact for every product of the site; if Quillon is not a member, write manufacturer.isao.member = false in the site file, which every plan and form read, and remove this answer; if it is not known, leave the answer blank and give a note marked unstated = true instead ({ note = n })"},
		{"a form answering Yes", KnownProduct{ID: "telestride", Build: []string{"mds2"}, DOC9: "yes"}, Tri(0), "and the MDS2 form of telestride answers Yes:"},
		{"a plan repeating No", KnownProduct{ID: "telestride", Build: []string{"security_plan", "mds2"}, DOC9: "no"}, Tri(0), ""},
		{"neither built", KnownProduct{ID: "telestride", Build: []string{"csd"}}, Tri(0), ""},
		{"membership stated", KnownProduct{ID: "telestride", Build: []string{"security_plan"}}, False, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Site{}
			s.Manufacturer.Name = "Quillon"
			s.Manufacturer.ISAO.Member = tc.member
			diags := isaoAcross(s, Source{File: "jspgen.toml"}, []KnownProduct{tc.other, ward})
			var got []string // WardSight's (line 249); the other form gets its own
			for _, d := range diags {
				if d.Line == 249 {
					got = append(got, d.Path+": "+d.Message)
				}
			}
			all := strings.Join(got, "\n")
			switch {
			case tc.want == "" && len(diags) > 0:
				t.Errorf("unexpected warning: %v", diags)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(all, tc.want)):
				t.Errorf("want one warning at line 249 with %q, got %v", tc.want, diags)
			}
		})
	}
}
