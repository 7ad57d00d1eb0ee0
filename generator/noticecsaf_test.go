package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeWithoutReleaseDateInFeed: a notice whose document control
// gives no release date (dexalegacy's end-of-support notice, issued
// 2016-12-01) is dated in the Atom feed, as its CSAF twin and its page
// are, by its issue date: never an empty date or the year 1.
func TestNoticeWithoutReleaseDateInFeed(t *testing.T) {
	feed := buildFixture(t, "dexalegacy")("feed.xml")
	for _, bad := range []string{"<updated>T00:00:00Z</updated>", "0001-01-01"} {
		if strings.Contains(feed, bad) {
			t.Errorf("feed.xml has %s:\n%s", bad, feed)
		}
	}
	if !strings.Contains(feed, "<updated>2016-12-01T00:00:00Z</updated>") {
		t.Errorf("feed.xml does not date the notice by its issue date 2016-12-01:\n%s", feed)
	}
}

// TestNoticeTrackingIDsOfTwoProducts: two products whose notices share
// an ID and have no document number publish two CSAF twins, each with a
// tracking ID of its own (the product's ID and the notice's), instead of
// failing on two documents in one file.
func TestNoticeTrackingIDsOfTwoProducts(t *testing.T) {
	dir := filepath.Join("testdata", "dexalegacy")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "", nil)
	src, err := os.ReadFile(filepath.Join(content, "dxa-9.toml"))
	if err != nil {
		t.Fatal(err)
	}
	twin := strings.Replace(strings.Replace(string(src), `id = "dxa-9"`, `id = "dxa-9s"`, 1), `name = "Osteon DXA-9"`, `name = "Osteon DXA-9S"`, 1)
	if err := os.WriteFile(filepath.Join(content, "dxa-9s.toml"), []byte(twin), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"DXA-9-EOS-5-2", "DXA-9S-EOS-5-2"} {
		b, err := os.ReadFile(filepath.Join(out, ".well-known", "csaf", "white", "2016", strings.ToLower(id)+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), `"id": "`+id+`"`) {
			t.Errorf("%s.json does not carry tracking ID %s", strings.ToLower(id), id)
		}
	}
}
