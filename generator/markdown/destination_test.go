package markdown

import "testing"

func TestIsRelativeDestination(t *testing.T) {
	for dest, want := range map[string]bool{
		"net.png": true, "docs/guide.pdf": true, "a/b:c.pdf": true, "./x": true, "../x": true,
		"": false, "#scope": false, "/x.pdf": false, "https://example.com": false, "mailto:a@b": false,
		"javascript:alert(1)": false, "?q": false, "C:x": false, `\\host\x`: false,
	} {
		if got := IsRelativeDestination(dest); got != want {
			t.Errorf("IsRelativeDestination(%q) = %v; want %v", dest, got, want)
		}
	}
}
