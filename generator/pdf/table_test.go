package pdf

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/markdown"
)

// recordedText lays src out once on a recording canvas and returns the
// text drawn, one string per text call, in order.
func recordedText(t *testing.T, src string, meta Meta) []op {
	t.Helper()
	geo, err := pageGeometry(meta.Paper)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fontMetrics(); err != nil {
		t.Fatal(err)
	}
	s := &passShared{doc: markdown.Parse([]byte(src)), meta: meta, geo: geo, warn: newWarnings(meta), pics: newPictures(meta.Images, "")}
	rec := newRecording()
	t.Cleanup(rec.release)
	r := newRenderer(s, &canvas{rec: rec}, plan{})
	if err := r.run(); err != nil {
		t.Fatal(err)
	}
	var out []op
	for _, o := range rec.ops {
		if o.kind == opText {
			out = append(out, o)
		}
	}
	return out
}

// TestWideTableKeepsOrdinaryWords: in a table of seven or nine columns
// whose cells hold image names, digests and package URLs (which break
// wherever the column ends), the columns of those give way, so that the
// ordinary words of the other columns ("Hospital", "443/TCP",
// "maintained", "Outbound") are not broken: before, every column gave
// way toward its header's word, and "Hospita|l", "443/TC|P", "maintaine|d"
// were set on two lines while the digests' columns stayed 96 points wide.
func TestWideTableKeepsOrdinaryWords(t *testing.T) {
	for _, tc := range []struct {
		name  string
		src   string
		whole []string
	}{
		{"seven columns", `| Zone | Component | Image | Digest | Port | Protocol | Exposure |
|---|---|---|---|---|---|---|
| Cloud | lumentriage-study-api-gateway-deployment | registry.northlight.example/lumentriage/study-api-gateway:3.1.0-ubuntu24.04 | sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 | 443/TCP | HTTPS (TLS ≥ 1.2) | Internet |
| Cloud | lumentriage-analysis-worker | registry.northlight.example/lumentriage/analysis-worker:3.1.0 | sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae | none | — | Internal → only |
| Hospital | PACS (DICOMweb STOW-RS client) | n/a | n/a | 443/TCP | HTTPS | Outbound → cloud |
`, []string{"Hospital", "443/TCP", "Outbound", "Internet"}},
		{"SBOM", `| Component | Version | Supplier | Support level | End of support or justification | Source |
|---|---|---|---|---|---|
| com.vantor.sentinel.bedside.ui.qtquick.controls2.materialstyle.plugin | 5.15.2-vantor.3+build.20240603.a9f3c1e0 | Not stated | Actively maintained | 2029-12-31 | Annotation |
| libvantor-hl7v2-alarm-status-acknowledgement-forwarder-middleware-bridge | 4.0.0-rc.7+sha256.e3b0c44298fc1c149afbf4c8996fb924 | ヴァントール医療システムズ | No longer maintained | 2031-12-31 | SBOM (sentinel-4.0.cdx.json) |
`, []string{"maintained", "Annotation", "2029-12-31"}},
		// The example's network ports (Dosewise plan, 6.4): before,
		// "Outboun|d", "123/UD|P", "manufa|cturer)", "authent|icated".
		{"nine columns", `| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled as shipped | Protection | Purpose |
| ---: | --- | --- | --- | --- | --- | --- | --- | --- |
| 53/UDP | DNS | Dosewise Connect gateway VM (hosted by the customer) | Outbound | Virtual network interface | Hospital DNS servers | Yes | None | Name resolution. |
| 123/UDP | NTP | Dosewise Connect gateway VM (hosted by the customer) | Outbound | Virtual network interface | Hospital time servers | Yes | None | Time synchronisation. |
| 443/TCP | HTTPS (mutual TLS) | Dosewise cloud service (hosted by the manufacturer) | Inbound | Network API | gateway.dosewise.meridian-infusion.example | Yes | Encrypted, peer authenticated | Gateway API of the cloud service. |
| 443/TCP | HTTPS (worklist) | Dosewise cloud service (hosted by the manufacturer) | Inbound | Dosewise worklist (web application) | app.dosewise.meridian-infusion.example; login.dosewise.meridian-infusion.example | Yes | Encrypted, peer authenticated | The worklist web application, used in the clinicians' browsers. |
| 443/TCP | HTTPS (mutual TLS) | Dosewise Connect gateway VM (hosted by the customer) | Outbound | Virtual network interface | gateway.dosewise.meridian-infusion.example | Yes | Encrypted, peer authenticated | Forwarding messages to the Dosewise cloud service. |
| 2575/TCP | HL7 v2 over MLLP with TLS | Dosewise Connect gateway VM (hosted by the customer) | Inbound | Virtual network interface | Hospital interface engine | Yes | Encrypted, peer authenticated | Admissions, laboratory results and medication administrations from the hospital interface engine. |
| 6514/TCP | Syslog over TLS | Dosewise Connect gateway VM (hosted by the customer) | Outbound | Virtual network interface | Hospital syslog collectors (up to two) | No | Encrypted, peer authenticated | Forwarding the gateway's security events to the hospital SIEM when enabled. |
| 8443/TCP | HTTPS (administration console) | Dosewise Connect gateway VM (hosted by the customer) | Inbound | Gateway administration console | Hospital IT administration workstations | Yes | Encrypted, peer authenticated | Gateway administration by the hospital's IT staff. |

`, []string{"Outbound", "123/UDP", "6514/TCP", "authenticated", "synchronisation."}},
		// The telecart plan's network ports (6.4): before, the host
		// name "meet.vidora.example;" held its column as wide as itself,
		// and the Part column cut "manufa-" / "cturer)" instead; a host
		// name breaks after a dot without cutting letters.
		{"host names give way", `| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled as shipped | Protection | Purpose |
| ---: | --- | --- | --- | --- | --- | --- | --- | --- |
| 443/TCP | HTTPS | CareLink Fleet portal (hosted by the manufacturer) | Inbound | Network API | fleet.carelink.meridane-health.example | Yes | Encrypted, peer authenticated | Accepts cart connections. |
| 443/TCP | HTTPS | CareLink TC cart PC (on the device) | Outbound | Wi-Fi | meet.vidora.example; fleet.carelink.meridane-health.example | Yes | Encrypted, peer authenticated | Video visit signalling (and media when UDP is blocked) with Vidora Meet; configuration, updates and log upload with CareLink Fleet. |
| 3478/UDP | STUN/TURN (SRTP media) | CareLink TC cart PC (on the device) | Outbound | Wi-Fi | turn.vidora.example | Yes | Encrypted, peer authenticated | Video visit media to Vidora Meet's relays. |
`, []string{"manufacturer)", "Outbound", "authenticated", "configuration,"}},
	} {
		for _, paper := range []string{"letter", "a4"} {
			t.Run(tc.name+"/"+paper, func(t *testing.T) {
				var words []string
				for _, o := range recordedText(t, tc.src, Meta{Title: "T", Paper: paper}) {
					words = append(words, strings.Fields(o.s)...)
				}
				for _, w := range tc.whole {
					if !slices.Contains(words, w) {
						t.Errorf("%q is not set whole; words drawn: %q", w, words)
					}
				}
			})
		}
	}
}

// TestNarrowTableSetSmaller: a table whose columns cannot hold their
// ordinary words at the table size is set half a point smaller at a time,
// never below minTableSize, at the first size where every word is whole;
// a table that fits keeps the table size. Before, on A4 the ctscanner
// plan's ports cut "Reconstr-" / "uction" (whole at 7.8 points) and the
// hybridhosted plan's vulnerabilities "Control-" / "led", "Me-" / "dium"
// (whole at 8.3), at 8.8 points.
func TestNarrowTableSetSmaller(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paper string
		src   string
		whole []string // words set whole
		size  float64  // the cells' size
	}{
		{"nine-column ports", "a4", `| Port | Service | Part | Direction | Interface | Approved endpoints | Enabled as shipped | Protection | Purpose |
| ---: | --- | --- | --- | --- | --- | --- | --- | --- |
| 7001/TCP | Reconstruction job protocol | Reconstruction server (on the device) | Inbound | Console link of the reconstruction server (internal to the product) | Operator console (on the device) | Yes | None | Reconstruction jobs from the console. |
| 7001/TCP | Reconstruction job protocol | Operator console (on the device) | Outbound | Reconstruction link port (LAN 3) of the operator console (internal to the product) | Reconstruction server (on the device) | Yes | None | Reconstruction jobs to the reconstruction server. |
`, []string{"Reconstruction", "reconstruction", "Outbound", "Protection"}, 7.8},
		{"vulnerabilities", "a4", `| Vulnerability | Version | Component | Status | CVSS | Exploitation | Risk | Discovered | Fix released |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| CVE-2026-28114 | 2.2 | dcmtk 3.6.7 | Affected | 7.5 High (v3.1) | Proof of concept published | Controlled | 2026-09-21 | – |
| CVE-2026-28114 | 2.3 | dcmtk 3.6.9 | Affected | 7.5 High (v3.1) | Proof of concept published | Controlled | 2026-09-21 | – |
| CVE-2024-24790 | 2.2 | stdlib 1.21.6 | Affected | 6.5 Medium (v3.1) | No known exploit | Controlled | 2025-04-07 | 2026-06-15 |
| CVE-2026-32711 | 2.2 | pydicom 2.4.4 | Under investigation | Not scored | Not stated | Not stated | 2026-03-19 | – |
| CVE-2025-53859 | 2.2 | nginx 1.24.0 | Not affected (vulnerable code not present) | 3.7 Low (v3.1) | Not stated | Does not apply | 2025-08-13 | – |
`, []string{"Controlled", "Medium", "CVE-2026-28114", "investigation", "Exploitation"}, 8.3},
		// A table that fits keeps the table size.
		{"fits", "a4", `| Port | Service | Direction | Purpose |
| ---: | --- | --- | --- |
| 7001/TCP | Reconstruction job protocol | Inbound | Reconstruction jobs from the console. |
`, []string{"Reconstruction", "Inbound"}, tableSize},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var fields []string
			sizes := map[float64]bool{}
			for _, o := range recordedText(t, tc.src, Meta{Title: "T", Paper: tc.paper}) {
				if o.s == "T" {
					continue // the title and the running head
				}
				fields = append(fields, strings.Fields(o.s)...)
				sizes[o.size] = true
			}
			for _, w := range tc.whole {
				if !slices.Contains(fields, w) {
					t.Errorf("%q is not set whole; drawn: %q", w, fields)
				}
			}
			if len(sizes) != 1 || !sizes[tc.size] {
				t.Errorf("cells set at %v, want %v only", sizes, tc.size)
			}
		})
	}
}

// TestCutWordsHyphenated: on A4, in a table too narrow for its ordinary
// words even at minTableSize, a word of letters cut between letters is
// drawn with a hyphen after its first part, and the table keeps the
// table size. Before: "Reconstr" / "uction", read as two words. (That a
// hash or an identifier is cut without one is TestWrap's.)
func TestCutWordsHyphenated(t *testing.T) {
	src := "|" + strings.Repeat(" Part |", 12) + "\n|" + strings.Repeat("---|", 12) + "\n|" +
		strings.Repeat(" Reconstruction |", 12) + "\n"
	var fields []string
	for _, o := range recordedText(t, src, Meta{Title: "T", Paper: "a4"}) {
		if o.s != "T" && o.size != tableSize {
			t.Errorf("%q set at %v, want the table size %v: no size holds the words", o.s, o.size, tableSize)
		}
		fields = append(fields, strings.Fields(o.s)...)
	}
	const w = "Reconstruction"
	cut := false
	for _, f := range fields {
		head, hyphen := strings.CutSuffix(f, "-")
		if f != w && strings.HasPrefix(w, head) && len(head) >= 2 && len(head) < len(w) {
			if !hyphen {
				t.Errorf("%q is cut as %q, without a hyphen; drawn: %q", w, f, fields)
			}
			cut = true
		}
	}
	if !cut {
		t.Errorf("%q is not cut here (the test needs a table too narrow for it); drawn: %q", w, fields)
	}
}

// TestTableSizes: the sizes a table may be set at step down by half a
// point from the table size and end at minTableSize, never below it.
func TestTableSizes(t *testing.T) {
	got := tableSizes()
	if want := []float64{8.8, 8.3, 7.8, 7.3, 7}; !slices.Equal(got, want) {
		t.Errorf("tableSizes() = %v, want %v", got, want)
	}
	if s := setAt(tableSize); s.leading != tableLeading || s.padX != cellPadX || s.padY != cellPadY || s.maxMin != maxMinWidth {
		t.Errorf("setAt(tableSize) = %+v, want the theme's lengths", s)
	}
}

// TestWidestPiece: a host name, an e-mail address or a path counts, for
// the column widths, as its widest piece between letters a dot, an at
// sign or a slash joins; a version, a score, a word ending in a full
// stop and a word without such a join count whole.
func TestWidestPiece(t *testing.T) {
	if _, err := fontMetrics(); err != nil {
		t.Fatal(err)
	}
	st := style{face: faceRegular, size: tableSize}
	width := func(s string) float64 { return st.face.width(s, st.size) }
	for _, tc := range []struct {
		word, widest string
	}{
		{"meet.vidora.example;", "example;"},
		{"fleet.carelink.meridane-health.example", "meridane-health."},
		{"psirt@wrenfield.example", "wrenfield."},
		{"/var/log/audit", "audit"},
		{"3.0.8", "3.0.8"},
		{"5.5", "5.5"},
		{"connections.", "connections."},
		{"manufacturer)", "manufacturer)"},
		{"v3.1", "v3.1"},
	} {
		items := []item{{kind: itemWord, text: tc.word, st: st, w: width(tc.word)}}
		got := widestPiece(items, items[0].w)
		if want := width(tc.widest); math.Abs(got-want) > 1e-6 {
			t.Errorf("widestPiece(%q) = %.2f, want %.2f (%q)", tc.word, got, want, tc.widest)
		}
	}
}

// TestHasNameJoin: hasNameJoin tells the same characters as nameJoins,
// so the two cannot drift apart.
func TestHasNameJoin(t *testing.T) {
	words := []string{"", "plain", "a.b", "/var", "psirt@", "3,5", "ä.ö", "host-name", "\xff/"}
	for _, c := range nameJoins {
		words = append(words, "x"+string(c)+"y")
	}
	for _, w := range words {
		if got, want := hasNameJoin(w), strings.ContainsAny(w, nameJoins); got != want {
			t.Errorf("hasNameJoin(%q) = %v, want %v", w, got, want)
		}
	}
}
