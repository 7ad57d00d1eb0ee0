package generator

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDataAtRestSaysEncryption: data_stores[].encrypted, which check
// holds the MDS2 STCF-1.1 answer against, is printed in the data-at-rest
// table beside the protection text when written, and nothing is added
// when it is not (never "not encrypted" for not stated).
func TestDataAtRestSaysEncryption(t *testing.T) {
	dir := filepath.Join("testdata", "wearable")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "glucowear.toml", func(s string) string {
		s = kindtest.Replace(`protection = "Readable only over the paired Bluetooth connection."`, "protection = \"Readable only over the paired Bluetooth connection.\"\nencrypted = false")(s)
		return kindtest.Replace(`protection = "The phone's file encryption; the access token in the iOS Keychain or Android Keystore."`,
			"protection = \"The phone's file encryption; the access token in the iOS Keychain or Android Keystore.\"\nencrypted = true")(s)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	csd := string(readTree(t, out)["glucowear/csd.md"])
	kindtest.SaysAll(t, "csd.md", csd, "Readable only over the paired Bluetooth connection. Not encrypted at rest. |",
		"the access token in the iOS Keychain or Android Keystore. Encrypted at rest. |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the cloud store does not state encrypted: its protection text stands alone",
		"access limited to Meridian's operations staff. Encrypted at rest.", "access limited to Meridian's operations staff. Not", "access limited to Meridian's operations staff. Not stated")
	kindtest.SaysAll(t, "csd.md", csd, "access limited to Meridian's operations staff. |")
}
