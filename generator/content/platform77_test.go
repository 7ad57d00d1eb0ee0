package content

import "testing"

// TestPlatformsRunBy: a part with a version of its own (parts[].version)
// is named, with that version, as what runs on the platforms; without one
// the documents keep saying the product's version runs on them.
func TestPlatformsRunBy(t *testing.T) {
	trace := Part{ID: "trace", Name: "Aquaclean Trace", Runs: "customer_hosted", Article: "none", Version: " 3.1 "}
	db := Part{ID: "db", Name: "Trace SQL Server database", Runs: "customer_infrastructure"}
	plain := trace
	plain.Version = ""
	for _, c := range []struct {
		name  string
		parts []Part
		start bool
		want  string
	}{
		{"no own version", []Part{plain, db}, true, ""},
		{"one part with its own version", []Part{trace}, false, "Aquaclean Trace (version 3.1) runs"},
		{"with another part, at a sentence's head", []Part{db, trace}, true, "The Trace SQL Server database and Aquaclean Trace (version 3.1) run"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Product{Parts: c.parts}
			for _, pt := range c.parts {
				p.Platforms = append(p.Platforms, Platform{Name: "OS " + pt.ID, Parts: []string{pt.ID}})
			}
			if got := p.PlatformsRunBy(p.Platforms, c.start); got != c.want {
				t.Errorf("PlatformsRunBy = %q, want %q", got, c.want)
			}
		})
	}
	p := &Product{Parts: []Part{trace}}
	if got := p.PlatformUsers(Platform{Name: "Windows Server", Parts: []string{"trace"}}); got != "Aquaclean Trace (version 3.1)" {
		t.Errorf("PlatformUsers = %q", got)
	}
}

// TestCVDPolicyNone: cvd_policy = "none_published" states that no policy
// is published; beside a policy's address it is an error.
func TestCVDPolicyNone(t *testing.T) {
	if !(Manufacturer{CVDPolicy: "none_published"}).CVDPolicyNone() {
		t.Error("none_published: CVDPolicyNone = false")
	}
	if (Manufacturer{}).CVDPolicyNone() {
		t.Error("not written: CVDPolicyNone = true")
	}
	s := &Site{Manufacturer: Manufacturer{CVDPolicy: "none_published", CVDPolicyURL: "https://x.example/cvd"}}
	if d := ruleCVDPolicyNoneWithURL(Source{}, s); len(d) != 1 || d[0].Severity != Error {
		t.Errorf("with a URL: %v, want one error", d)
	}
	s.Manufacturer.CVDPolicyURL = ""
	if d := ruleCVDPolicyNoneWithURL(Source{}, s); len(d) != 0 {
		t.Errorf("without a URL: %v, want none", d)
	}
}
