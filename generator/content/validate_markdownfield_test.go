package content

import (
	"reflect"
	"strings"
	"testing"
)

// TestMarkdownFieldValidation: links and images in Markdown fields are
// checked at their file:line, in any Markdown field and only there.
func TestMarkdownFieldValidation(t *testing.T) {
	png := tinyPNG(t)
	const head = "schema_version = 2\nid = \"p\"\n"
	desc := func(s string) string { return head + "description = '''\n" + s + "'''\n" }
	tests := []struct {
		name  string
		src   string
		files map[string][]byte
		want  string // "line: path: message prefix"; "" when no Markdown diagnostic is expected
	}{
		{"http link", desc("See [the guide](https://example.com/g)."), nil, ""},
		{"mailto link and autolink", desc("Write to [PSIRT](mailto:psirt@example.com) or <psirt@example.com>, https://example.com."), nil, ""},
		{"fragment in a document field", head + "[spdf]\ndescription = \"See [scope](#1-scope).\"\n", nil, ""},
		{"fragment in the description", desc("See [scope](#1-scope)."), nil, `3: description: link "#1-scope" points into the page`},
		{"relative link to an asset", desc("See [the guide](docs/guide.pdf#p3)."), map[string][]byte{"docs/guide.pdf": []byte("%PDF")}, ""},
		{"relative image", desc("![Network](net.png)"), map[string][]byte{"net.png": png}, ""},
		{"escaped characters are text", desc(`\[not a link\](x.pdf)`), nil, ""},
		{"missing linked file", desc("See [the guide](docs/guide.pdf)."), nil, "3: description: linked file "},
		{"missing image", desc("![Network](net.png)"), nil, "3: description: image "},
		{"image not PNG or JPEG", desc("![Network](net.png)"), map[string][]byte{"net.png": []byte("GIF89a")}, "3: description: want a PNG or JPEG image;"},
		{"link out of the asset folder", desc("[x](../p.toml)"), nil, `3: description: want a path inside content/p/; got "../p.toml"`},
		{"root path", desc("[x](/docs/g.pdf)"), nil, `3: description: link "/docs/g.pdf" starts at the root of the web server`},
		{"javascript link", desc("[x](javascript:alert(1))"), nil, `3: description: link "javascript:alert(1)": want an http, https or mailto link`},
		{"ftp link", desc("[x](ftp://example.com/a)"), nil, `3: description: link "ftp://example.com/a": want an http, https or mailto link`},
		{"remote image", desc("![x](https://example.com/a.png)"), nil, `3: description: image "https://example.com/a.png" loads from another host`},
		{"in an array of tables", head + "[[architecture]]\nkind = \"global\"\ntitle = \"T\"\ndescription = \"[x](javascript:x)\"\n", nil, `6: architecture[0].description: link "javascript:x"`},
		{"in a nested table", head + "[mds2]\n[[mds2.notes]]\nnumber = 1\ntext = \"[x](nothere.pdf)\"\n", nil, `6: mds2.notes[0].text: linked file `},
		{"not a Markdown field: not checked", head + "intended_use = \"[x](javascript:x)\"\n", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range validateInDir(t, tc.src, tc.files) {
				if strings.Contains(d.Message, "link") || strings.Contains(d.Message, "image") || strings.Contains(d.Message, "want a path inside") {
					got = append(got, strings.TrimPrefix(d.String(), d.File+":"))
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("want no Markdown diagnostic; got %q", got)
				}
				return
			}
			for _, g := range got {
				if strings.HasPrefix(g, tc.want) {
					return
				}
			}
			t.Errorf("want a diagnostic starting %q; got %q", tc.want, got)
		})
	}
}

// TestMarkdownKeys pins which fields are Markdown: prose fields only,
// never IDs, names or table-cell values.
func TestMarkdownKeys(t *testing.T) {
	want := []string{
		"description", "spdf.description", "architecture[].description", "postmarket.customer_notice",
		"notices[].summary", "notices[].maintenance", "notices[].decommissioning", "notices[].hosted_service.export",
		"backup.scope", "backup.method", "hardening.summary",
		"decommissioning.verification", "decommissioning.disposal",
		"versions[].changes.decommissioning.verification", "versions[].changes.decommissioning.disposal",
		"versions[].changes.backup.scope", "versions[].changes.backup.method", "versions[].changes.hardening.summary",
		"mds2.notes[].text", "mds2.other", "versions[].changes.mds2_notes_changed[].text",
		"versions[].changes.description",
	}
	got := MarkdownKeys(reflect.TypeFor[Product]())
	if !sameSet(got, want) {
		t.Errorf("MarkdownKeys(Product)\n got: %q\nwant: %q", got, want)
	}
	if got := MarkdownKeys(reflect.TypeFor[Site]()); len(got) != 0 {
		t.Errorf("the site file has no Markdown field; got %q", got)
	}
	for _, f := range Fields(reflect.TypeFor[Product]()) {
		if f.Name == "id" || f.Name == "name" || f.Name == "intended_use" {
			if f.Markdown {
				t.Errorf("%s must stay escaped text", f.Name)
			}
		}
	}
}

func sameSet(a, b []string) bool {
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestMarkdownValuesPaths(t *testing.T) {
	p := &Product{Description: "d", Architecture: []View{{Description: ""}, {Description: "v"}}}
	p.MDS2.Notes = []MDS2Note{{Text: "n"}}
	var got []string
	MarkdownValues(p, func(path, value string) { got = append(got, path+"="+value) })
	want := []string{"description=d", "architecture[1].description=v", "mds2.notes[0].text=n"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
}

// TestTextValuesPaths: every string the product sets, Markdown or not,
// lists of strings included, with its key path.
func TestTextValuesPaths(t *testing.T) {
	p := &Product{ID: "p", Description: "d"}
	p.Risk.Assumptions = []string{"", "a"}
	p.MDS2.Answers = map[string]MDS2Answer{"DOC-6": {Answer: "w"}}
	var got []string
	TextValues(p, func(path, value string) { got = append(got, path+"="+value) })
	want := []string{"id=p", "description=d", "risk.assumptions[1]=a", "mds2.answers.DOC-6.answer=w"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
}
