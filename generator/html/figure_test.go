package html

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
)

func TestFigure(t *testing.T) {
	tests := []struct{ md, want string }{
		{"![A *b* c](d/x.png \"Figure 1. Cap & \\\"more\\\"\")\n",
			`<figure><a class="figure-full" href="d/x.png"><img src="d/x.png" alt="A b c"></a><figcaption>Figure 1. Cap &amp; &quot;more&quot;</figcaption></figure>`},
		{"Text ![i](y.png \"t\") here.\n", `<p>Text <img src="y.png" alt="i" title="t"> here.</p>`},
		{"![no title](z.png)\n", `<p><img src="z.png" alt="no title"></p>`},
		{"![x](javascript:alert(1) \"c\")\n", `<figure><img src="" alt="x"><figcaption>c</figcaption></figure>`},
	}
	for _, tc := range tests {
		got, err := Body(markdown.Parse([]byte(tc.md)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(got), tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.md, got, tc.want)
		}
	}
}
