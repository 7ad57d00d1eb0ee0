package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRelatedSupportPlanted: the server version contradiction (the pump's
// documents once paired 4.2.1 with Halcyon Connect 4.2 in one place and
// 5.3 in another) planted back as data: 4.2.1 working only with a Connect
// version past, or before, its end of support.
func TestRelatedSupportPlanted(t *testing.T) {
	tests := []plantedContradiction{
		{
			name: "4.2.1 works only with Connect 4.2, out of support",
			edit: func(s string) string {
				s = kindtest.Replace("version = \"4.2\"\ndevice_versions = [\"3.8.2\"]", "version = \"4.2\"\ndevice_versions = [\"3.8.2\", \"4.2.1\"] # planted")(s)
				return kindtest.Replace(`device_versions = ["4.1.0", "4.2.1"]`, `device_versions = ["4.1.0"]`)(s)
			},
			want: "related_systems[0].versions[0].device_versions: software 4.2.1 is supported until 2028-12-31, but the Halcyon Connect version that works with it (4.2) ended its support on 2025-07-31, before the as-of date 2026-02-16: a supported device on an unsupported Halcyon Connect (IMDRF N70)",
			at:   `device_versions = ["3.8.2", "4.2.1"] # planted`,
		},
		{
			name: "4.2.1 works only with Connect 5.1, whose support ends first",
			edit: func(s string) string {
				s = kindtest.Replace(`device_versions = ["3.8.2", "4.1.0"]`, `device_versions = ["3.8.2", "4.1.0", "4.2.1"] # planted`)(s)
				return kindtest.Replace(`device_versions = ["4.1.0", "4.2.1"]`, `device_versions = ["4.1.0"]`)(s)
			},
			want: "related_systems[0].versions[1].device_versions: software 4.2.1 is supported until 2028-12-31, but the Halcyon Connect version that works with it (5.1) is supported only until 2027-10-31",
			at:   `device_versions = ["3.8.2", "4.1.0", "4.2.1"] # planted`,
		},
		{
			name: "no Connect version works with 4.2.1",
			edit: kindtest.Replace(`device_versions = ["4.1.0", "4.2.1"]`, `device_versions = ["4.1.0"] # planted`),
			want: "versions[2].version: software 4.2.1 is supported until 2028-12-31, but no version of Halcyon Connect states that it works with it, while Halcyon Connect 4.2, 5.1, 5.3 state the software versions each works with",
			at:   `version = "4.2.1"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertPlanted(t, tt) })
	}
}
