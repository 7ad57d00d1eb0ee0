package content

import (
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// ruleProduct decodes src as the product file p.toml, with the key
// positions a rule's diagnostics cite, as a single-rule test needs it
// (no validation, no defaults).
func ruleProduct(t *testing.T, src string) *Product {
	t.Helper()
	p := &Product{}
	if _, diags, ok := DecodeTOML("p.toml", []byte(src), p); !ok {
		t.Fatal(diags)
	}
	p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
	return p
}
