package content

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOneMistakeOneReport: a mistake in the shipped example is reported
// once, at the key that holds it, without follow-on reports that would
// send the user after problems that go away with the first fix.
func TestOneMistakeOneReport(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		want           []string
	}{
		{"flow on an unknown interface",
			"to = \"gateway\"\ndata = [\"phi\", \"pii\"]\ninterface = \"gw-nic\"", "to = \"gateway\"\ndata = [\"phi\", \"pii\"]\ninterface = \"gw-nic2\"",
			[]string{`content/dosewise.toml:782: data_flows[0].interface: unknown interface "gw-nic2" (want one of cloud-api, cloud-web, gw-console, gw-nic)`}},
		{"duplicate interface id: its port is on an unknown interface, not also without a part",
			"id = \"gw-console\"\nkind", "id = \"gw-nic\"\nkind",
			[]string{
				`content/dosewise.toml:631: interfaces[1].id: duplicate id "gw-nic" (first at interfaces[0], line 619)`,
				`content/dosewise.toml:681: ports[1].interface: unknown interface "gw-console" (want one of cloud-api, cloud-web, gw-nic)`,
			}},
		{"port number out of range: the diagram naming the port is not held against it",
			"number = 2575", "number = 70000",
			[]string{`content/dosewise.toml:664: ports[0].number: want a value from 1 to 65535; got 70000`}},
		{"a version's added port on an unknown interface: once, without a missing part",
			"direction = \"out\"\ninterface = \"gw-nic\"\nendpoints = [\"Hospital syslog", "direction = \"out\"\ninterface = \"gw-nic3\"\nendpoints = [\"Hospital syslog",
			[]string{`content/dosewise.toml:150: versions[1].changes.ports_added[0].interface: in version 2.3.0, port 6514/tcp is on interface "gw-nic3", which that version does not have (want one of cloud-api, cloud-web, gw-console, gw-nic)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			siteFile, contentDir := exampleRepo(t)
			file := filepath.Join(contentDir, "dosewise.toml")
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(src), tc.old) {
				t.Fatalf("the example no longer holds %q", tc.old)
			}
			if err := os.WriteFile(file, []byte(strings.Replace(string(src), tc.old, tc.new, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
			_, diags := Load(siteFile, contentDir)
			var got []string
			for _, d := range diags {
				got = append(got, strings.TrimPrefix(filepath.ToSlash(d.String()), filepath.ToSlash(filepath.Dir(contentDir))+"/"))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}
