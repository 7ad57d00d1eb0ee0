package content

import (
	"strings"
	"testing"
)

// mediaOnlyBase is a device whose USB-A port (media_only at line 11) takes only a
// service key and USB sticks, beside a screen.
const mediaOnlyBase = `schema_version = 2
[[models]]
id = "M1"
name = "Model one"
[[versions]]
version = "1.0"
general_availability = 2020-01-01
[[interfaces]]
id = "usb"
kind = "usb"
media_only = true
name = "USB-A port"
purpose = "Service key and USB sticks."
carries = ["phi"]
[[interfaces]]
id = "screen"
kind = "display"
name = "Screen"
purpose = "Treatment."
carries = ["phi"]
`

// TestMediaOnlyUSB: media_only marks a USB port that takes only
// removable storage, which counts as removable media; on another kind it
// is an error, and so is a port on such a USB port (a network link).
func TestMediaOnlyUSB(t *testing.T) {
	p := &Product{}
	if _, diags, ok := DecodeTOML("p.toml", []byte(mediaOnlyBase), p); !ok {
		t.Fatalf("decoding: %v", diags)
	}
	usb := p.Interfaces[0]
	if !usb.MediaOnly || !usb.RemovableMedia() || !usb.MediaOnlyUSB() || usb.KindLabel() != "USB (media only)" {
		t.Errorf("media-only USB port: MediaOnly %v, RemovableMedia %v, KindLabel %q", usb.MediaOnly, usb.RemovableMedia(), usb.KindLabel())
	}
	if plain := (Interface{Kind: "usb"}); plain.RemovableMedia() || plain.KindLabel() != "USB" {
		t.Errorf("plain USB port: RemovableMedia %v, KindLabel %q", plain.RemovableMedia(), plain.KindLabel())
	}
	if sd := (Interface{Kind: "removable_media"}); !sd.RemovableMedia() || sd.MediaOnlyUSB() {
		t.Errorf("memory-card slot: RemovableMedia %v, MediaOnlyUSB %v", sd.RemovableMedia(), sd.MediaOnlyUSB())
	}

	withPort := mediaOnlyBase + `[[ports]]
number = 80
transport = "tcp"
service = "HTTP"
purpose = "USB networking."
direction = "in"
interface = "usb"
`
	tests := []struct {
		name, src string
		want      string // a diagnostic starting with this; "" = none about media_only
	}{
		{"a media-only USB port", mediaOnlyBase, ""},
		{"media_only on removable media", strings.Replace(mediaOnlyBase, `kind = "usb"`, `kind = "removable_media"`, 1),
			`p.toml:11: interfaces[0].media_only: interface "usb" is of kind removable_media, but media_only is for a USB port`},
		{"media_only on a serial port", strings.Replace(mediaOnlyBase, `kind = "usb"`, `kind = "serial"`, 1),
			`p.toml:11: interfaces[0].media_only: interface "usb" is of kind serial`},
		{"a port on a media-only USB port", withPort,
			`p.toml:27: ports[0].interface: port 80/tcp is on interface "usb", marked media_only`},
		{"a port on a plain USB port", strings.Replace(withPort, "media_only = true\n", "", 1), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			joined := strings.Join(got, "\n  ")
			if tc.want == "" {
				if strings.Contains(joined, "media_only") {
					t.Errorf("unexpected diagnostic:\n  %s", joined)
				}
				return
			}
			if !strings.Contains("\n"+strings.Join(got, "\n"), "\n"+tc.want) {
				t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", tc.want, joined)
			}
		})
	}
}
