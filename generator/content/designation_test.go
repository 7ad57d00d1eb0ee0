package content

import (
	"strings"
	"testing"
)

// TestModelDesignation: a model's ID is the designation customers know,
// which often holds a space ("Corva MS"); other identifiers (an
// interface's) keep the stricter key rule, and a designation with
// Markdown or list syntax, or loose spaces, is still refused.
func TestModelDesignation(t *testing.T) {
	src := func(model, iface string) string {
		return strings.NewReplacer("MODEL", model, "IFACE", iface).Replace(`schema_version = 2
[[models]]
id = "MODEL"
name = "A model"
[[versions]]
version = "1.0"
general_availability = 2020-01-01
[[interfaces]]
id = "IFACE"
kind = "usb"
models = ["MODEL"]
`)
	}
	tests := []struct {
		name, model, iface string
		want               string // a diagnostic containing this; "" = none about an id
	}{
		{"a space", "Corva MS", "usb", ""},
		{"digits after a space", "Aurion 532", "usb", ""},
		{"slash, plus and brackets", "X-200/S+ (EU)", "usb", ""},
		{"letters beyond ASCII", "Série 5", "usb", ""},
		{"a trailing space", "Corva ", "usb", `models[0].id: want a designation`},
		{"two spaces", "Corva  MS", "usb", `models[0].id: want a designation`},
		{"Markdown", "Corva *MS*", "usb", `models[0].id: want a designation`},
		{"a comma, which lists of models use", "Corva, MS", "usb", `models[0].id: want a designation`},
		{"an interface ID keeps the key rule", "Corva MS", "usb port", `interfaces[0].id: want an identifier of letters, digits, '.', '_' and '-'; got "usb port"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(src(tc.model, tc.iface)))
			joined := strings.Join(got, "\n  ")
			if tc.want == "" {
				for _, g := range got {
					if strings.Contains(g, ".id:") || strings.Contains(g, "unknown model") {
						t.Errorf("unexpected diagnostic: %s", g)
					}
				}
				return
			}
			if !strings.Contains(joined, tc.want) {
				t.Errorf("no diagnostic containing\n  %s\ngot:\n  %s", tc.want, joined)
			}
		})
	}
}
