package content

import (
	"strings"
	"testing"
)

// TestArchitectureImage: a hand-drawn architecture view's image is checked
// as a [[diagrams]] image is, in both directions.
func TestArchitectureImage(t *testing.T) {
	const src = "schema_version = 2\nid = \"p\"\n[[architecture]]\nkind = \"global_system\"\ntitle = \"T\"\ndescription = \"D\"\nimage = \"views/g.png\"\nalt = \"A\"\n"
	png := tinyPNG(t)
	for _, tc := range []struct {
		name  string
		files map[string][]byte
		want  string // "" when no architecture[0].image diagnostic is expected
	}{
		{"present", map[string][]byte{"views/g.png": png}, ""},
		{"missing", nil, "7: architecture[0].image: image "},
		{"not an image", map[string][]byte{"views/g.png": []byte("text")}, "7: architecture[0].image: want a PNG or JPEG image;"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range validateInDir(t, src, tc.files) {
				if s := strings.TrimPrefix(d.String(), d.File+":"); strings.Contains(s, "architecture[0].image") {
					got = append(got, s)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("unexpected: %v", got)
			case tc.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tc.want)):
				t.Errorf("got %v, want one starting with %q", got, tc.want)
			}
		})
	}
}

// TestFlowEndpointMatches: a flow's end names an endpoint by its name or
// an alias, ignoring case and surrounding spaces, and nothing else.
func TestFlowEndpointMatches(t *testing.T) {
	e := FlowEndpoint{Name: "Pump", Aliases: []string{"Pump (docked)"}}
	for name, want := range map[string]bool{"Pump": true, " pump ": true, "PUMP (DOCKED)": true, "Pump docked": false, "Pumps": false, "": false} {
		if got := e.Matches(name); got != want {
			t.Errorf("Matches(%q) = %v, want %v", name, got, want)
		}
	}
}
