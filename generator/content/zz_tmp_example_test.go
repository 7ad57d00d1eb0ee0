package content

import "testing"

func TestZZTmpExample(t *testing.T) {
	c, diags := Load("../../jspgen.toml", "../../content")
	for _, d := range diags {
		t.Log(d.String())
	}
	t.Logf("products=%d diags=%d", len(c.Products), len(diags))
}
