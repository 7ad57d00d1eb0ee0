package content

import "testing"

func TestUnsupportedMajor(t *testing.T) {
	d := func(s string) Date {
		t.Helper()
		v, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	wes7 := Component{Name: "Windows Embedded Standard 7", Supplier: "Microsoft", Type: "operating-system",
		Support: "no_longer_maintained", EndOfSupport: d("2020-10-13"), Versions: []string{"6.4"}}
	on := d("2026-12-01")
	for _, tc := range []struct {
		name     string
		c        Component
		controls []Control
		v        string
		sentence string
		except   string
	}{
		{"hyperbaric 6.4", wes7, nil, "6.4",
			"Version 6.4's operating system, Windows Embedded Standard 7, has had no security updates from Microsoft since 13 October 2020.",
			", except for its operating system, Windows Embedded Standard 7, whose supplier support ended on 13 October 2020"},
		{"another version's component", wes7, nil, "7.2", "", ""},
		{"support ends later", func() Component { c := wes7; c.EndOfSupport = d("2029-01-09"); c.Support = "maintained"; return c }(), nil, "6.4", "", ""},
		{"extended updates every customer receives", func() Component {
			c := wes7
			c.ExtendedUntil, c.ExtendedFor = d("2027-10-13"), ExtendedForEveryCustomer
			return c
		}(), nil, "6.4", "", ""},
		{"extended updates only some buy", func() Component {
			c := wes7
			c.ExtendedUntil, c.ExtendedFor = d("2027-10-13"), "customers_who_buy"
			return c
		}(), nil, "6.4", "Version 6.4's operating system, Windows Embedded Standard 7, has had no security updates from Microsoft since 13 October 2020.", ", except for its operating system, Windows Embedded Standard 7, whose supplier support ended on 13 October 2020"},
		{"a library no control names", func() Component { c := wes7; c.Type = "library"; return c }(), nil, "6.4", "", ""},
		{"a library a control names, no date, no supplier", Component{Name: "libcrypt", Type: "library", Support: "abandoned", Versions: []string{"6.4"}},
			[]Control{{ID: "C-1", Components: []string{"libcrypt"}}}, "6.4",
			"Version 6.4's component libcrypt, on which a security control rests, has had no security updates from its supplier (abandoned).",
			", except for its component libcrypt, on which a security control rests, whose supplier no longer maintains it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{Components: []Component{tc.c}, Controls: tc.controls}
			m := p.UnsupportedMajor(tc.v, on)
			if got := m.Sentence(); got != tc.sentence {
				t.Errorf("Sentence:\n got %q\nwant %q", got, tc.sentence)
			}
			if got := m.Except(); got != tc.except {
				t.Errorf("Except:\n got %q\nwant %q", got, tc.except)
			}
		})
	}
}
