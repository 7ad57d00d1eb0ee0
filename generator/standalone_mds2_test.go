package generator

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// standaloneMDS2 are the questions the stand-alone scanner's facts (ports
// written empty, no network interface, every part on the device) decide,
// which its product file no longer answers, and what its MDS2 form says.
var standaloneMDS2 = map[string]string{
	"CONN-2": "N/A", "NAUT-2": "N/A", "NAUT-2.1": "N/A", "NAUT-3": "N/A",
	"SAHD-7": "N/A", "SAHD-13": "N/A",
	"AUDT-5.2": "No", "MPII-3.7": "No", "PAUT-2": "No", "AUTH-1.1": "No",
}

// mds2Row is one question of mds2.json.
type mds2Row struct {
	ID, Answer, Reason, Basis, From string
}

func mds2Rows(t *testing.T, js string) map[string]mds2Row {
	t.Helper()
	var doc struct{ Questions []mds2Row }
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]mds2Row{}
	for _, q := range doc.Questions {
		out[q.ID] = q
	}
	return out
}

// TestStandaloneMDS2DerivesNetworkQuestions: the MDS2 forms of the
// stand-alone scanner (firmware 2.1 and 2.0) answer the questions about
// networks from its facts, in every format, and say why: N/A for network
// access control, certificates, shares and network scans, No for a SIEM
// by IHE ATNA, PII over the Internet and directory sign-in. Those about
// systems its USB port might reach (CONN-3, CONN-5, NAUT-1, TXCF-4) stay
// the manufacturer's answers, and so does SAHD-8, which HN 1-2019 asks
// of every communication port, the USB port too.
func TestStandaloneMDS2DerivesNetworkQuestions(t *testing.T) {
	read := buildStandalone(t)
	for _, dir := range []string{"bladderscan/", "bladderscan/2.0/"} {
		rows := mds2Rows(t, read(dir+"mds2.json"))
		for id, want := range standaloneMDS2 {
			r := rows[id]
			if r.Answer != want || r.Basis != "derived" || !strings.Contains(r.From, "the device joins no network, so") {
				t.Errorf("%smds2.json %s = %+v, want %s derived because the device joins no network", dir, id, r, want)
			}
		}
		for _, id := range []string{"CONN-3", "CONN-5", "NAUT-1", "TXCF-4", "SAHD-8"} {
			if r := rows[id]; r.Basis != "answered" {
				t.Errorf("%smds2.json %s = %+v: a USB port may reach another system, or be a port to disable, so the answer is the manufacturer's", dir, id, r)
			}
		}

		recs, err := csv.NewReader(strings.NewReader(read(dir + "mds2.csv"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, rec := range recs[1:] {
			if want, ok := standaloneMDS2[rec[0]]; ok {
				seen++
				if rec[4] != want || rec[11] != "derived" || !strings.Contains(rec[12], "joins no network") {
					t.Errorf("%smds2.csv %s: %q", dir, rec[0], rec)
				}
			}
		}
		if seen != len(standaloneMDS2) {
			t.Errorf("%smds2.csv has %d of the %d rows", dir, seen, len(standaloneMDS2))
		}

		md := read(dir + "mds2.md")
		kindtest.SaysAll(t, dir+"mds2.md", md,
			"| NAUT-2 | N/A | Derived from the product data: ports is written empty and interfaces lists no network interface; the device joins no network, so there is no network access for a firewall or an allow-list to control. |",
			"| SAHD-7 | N/A | Derived from the product data: ports is written empty and interfaces lists no network interface; the device joins no network, so it offers no shared resource, such as a file share, on a network. |",
			"| AUDT-5.2 | No | Derived from the product data: ports is written empty and interfaces lists no network interface; the device joins no network, so it cannot send audit logs to a SIEM by IHE ATNA, which sends them over a network. |")
		kindtest.SaysNoneBecause(t, dir+"mds2.md", md, "the product file no longer gives these reasons: the facts do",
			"| NAUT-2 | N/A | The manufacturer's answer", "| SAHD-13 | N/A | The manufacturer's answer")
	}
}

// TestStandaloneMDS2HandAnswerWins: the manufacturer's own answers to the
// derived questions are printed as given. A No to NAUT-3 (as NEMA's
// example answers what does not apply) stands silently; a Yes to NAUT-2
// (a firewall on a device with no network) and a No to SAHD-7 (unneeded
// shares left enabled) contradict its facts: they stand too, and
// check warns about each, naming the facts, the noted one as an override.
func TestStandaloneMDS2HandAnswerWins(t *testing.T) {
	dir := filepath.Join("testdata", "standalone")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "bladderscan.toml", func(s string) string {
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"NAUT-2\" = \"yes\"\n\"NAUT-3\" = \"no\"\n\"SAHD-7\" = { answer = \"no\", note = 3 }\n", 1)
	})
	res, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none"})
	if err != nil {
		t.Fatal(err)
	}
	var mds2 []string
	for _, w := range res.Warnings {
		if strings.HasPrefix(w.Path, "mds2.answers") {
			mds2 = append(mds2, w.Path+": "+w.Message)
		}
	}
	text := strings.Join(mds2, "\n")
	kindtest.SaysAll(t, "check", text,
		"mds2.answers.NAUT-2: answer Yes contradicts the product data, which gives N/A: ports (",
		"the device joins no network, so there is no network access for a firewall or an allow-list to control; the answer stands as given",
		"mds2.answers.SAHD-7: answer No (explained in note 3) overrides the answer N/A the product data gives: ports (")
	kindtest.SaysNoneBecause(t, "check", text, "a No where N/A is derived contradicts nothing", "NAUT-3")
	// Reported once per answer, though both forms (2.1 and 2.0) print it.
	if n := strings.Count(text, "mds2.answers.NAUT-2:"); n != 1 {
		t.Errorf("%d warnings about NAUT-2, want 1:\n%s", n, text)
	}

	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	tree := readTree(t, out)
	rows := mds2Rows(t, string(tree["bladderscan/mds2.json"]))
	for id, want := range map[string]string{"NAUT-2": "Yes", "NAUT-3": "No", "SAHD-7": "No"} {
		if r := rows[id]; r.Answer != want || r.Basis != "answered" {
			t.Errorf("mds2.json %s = %+v, want the manufacturer's %s", id, r, want)
		}
	}
	md := string(tree["bladderscan/mds2.md"])
	kindtest.SaysAll(t, "mds2.md", md, "| SAHD-7 | No | The manufacturer's answer, explained in Note 3; it overrides N/A, which the product data give: ports is written empty")
	kindtest.SaysNoneBecause(t, "mds2.md", md, "an answer without a note claims none", "| NAUT-2 | Yes | The manufacturer's answer, explained in")
}

// TestStandaloneMDS2MediaOnly: the same scanner with a memory-card slot
// where its USB port was connects to no other system, so the questions
// the USB port left open are answered from its facts too (CONN-3, CONN-5,
// NAUT-1, TXCF-4, SAHD-8), while its hand answers, which now repeat
// them, still build: the form gives them as the manufacturer's, naming the
// fact that agrees. (RMOT-1 to RMOT-3 come from [remote_service]:
// TestStandaloneMDS2RemoteServiceFromFacts.)
func TestStandaloneMDS2MediaOnly(t *testing.T) {
	files, _ := buildFixtureEdited(t, "standalone", "bladderscan.toml", func(s string) string {
		s = strings.Replace(s, "id = \"usb\"\nkind = \"usb\"", "id = \"usb\"\nkind = \"removable_media\"", 1)
		// a slot whose name and purpose speak of USB leaves CONN-1.2.2 to
		// the manufacturer: a memory card's is named for what it is
		s = strings.Replace(s, "USB-C service port (under the battery cover)", "Memory-card slot (under the battery cover)", 1)
		s = strings.Replace(s, "export the service log to a USB drive", "export the service log to a memory card", 1)
		s = strings.Replace(s, "on the USB drive; only USB mass-storage devices are accepted", "on the memory card", 1)
		// with no USB port, the manufacturer's SAHD-8 is N/A again
		return strings.Replace(s, "\"SAHD-8\" = { answer = \"yes\", note = 6 }", "\"SAHD-8\" = { answer = \"na\", reason = \"No communication port\" }", 1)
	})
	rows := mds2Rows(t, files["bladderscan/mds2.json"])
	for id, want := range map[string]string{"CONN-3": "No", "CONN-5": "No", "NAUT-1": "N/A", "TXCF-4": "N/A", "CONN-8": "No", "SAHD-8": "N/A"} {
		if r := rows[id]; r.Answer != want || r.Basis != "answered" || !strings.HasPrefix(r.From, "agrees with ") || !strings.Contains(r.From, "the device connects to no other system, so") {
			t.Errorf("mds2.json %s = %+v, want the manufacturer's %s, agreeing with the facts: the device connects to no other system", id, r, want)
		}
	}
}

// TestStandaloneMDS2PIIStaysOnDevice: the scanner shows PHI and PII on its
// screen and its USB port carries only logs and software, so its forms
// derive TXCF-1 to TXCF-3 (transmission confidentiality) N/A, saying why;
// a manufacturer's Yes to TXCF-2 (encrypted before transmission) stands,
// and check warns that the facts say nothing is transmitted.
func TestStandaloneMDS2PIIStaysOnDevice(t *testing.T) {
	read := buildStandalone(t)
	for _, dir := range []string{"bladderscan/", "bladderscan/2.0/"} {
		rows := mds2Rows(t, read(dir+"mds2.json"))
		for _, id := range []string{"TXCF-1", "TXCF-2", "TXCF-3"} {
			if r := rows[id]; r.Answer != "N/A" || r.Basis != "derived" || !strings.Contains(r.From, "interfaces lists only the display screen as carrying PHI or PII") {
				t.Errorf("%smds2.json %s = %+v, want N/A derived because only the screen carries PHI or PII", dir, id, r)
			}
		}
	}

	dir := filepath.Join("testdata", "standalone")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "bladderscan.toml", func(s string) string {
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"TXCF-2\" = \"yes\"\n", 1)
	})
	res, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none"})
	if err != nil {
		t.Fatal(err)
	}
	var text string
	for _, w := range res.Warnings {
		text += w.Path + ": " + w.Message + "\n"
	}
	kindtest.SaysAll(t, "check", text, "mds2.answers.TXCF-2: answer Yes contradicts the product data, which gives N/A: interfaces (")
}

// TestStandaloneMDS2RemoteServiceFromFacts: the scanner's product file
// says Tideline cannot reach it remotely (deployment.remote_service) and
// states it as [remote_service] facts, so RMOT-1, RMOT-2 and RMOT-3 are
// derived No in both forms (2.1 and 2.0), with the key that decides each,
// rather than answered by hand; the CSD's 4.3 prints the same facts.
func TestStandaloneMDS2RemoteServiceFromFacts(t *testing.T) {
	read := buildStandalone(t)
	for _, dir := range []string{"bladderscan/", "bladderscan/2.0/"} {
		rows := mds2Rows(t, read(dir+"mds2.json"))
		for id, key := range map[string]string{"RMOT-1": "remote_service.offered", "RMOT-2": "remote_service.telemetry", "RMOT-3": "remote_service.other_functions"} {
			if r := rows[id]; r.Answer != "No" || r.Basis != "derived" || !strings.HasPrefix(r.From, key) {
				t.Errorf("%smds2.json %s = %+v, want No derived from %s", dir, id, r, key)
			}
		}
		// No session to ask about: N/A from offered = false.
		for _, id := range []string{"RMOT-1.1", "RMOT-1.2", "RMOT-1.3"} {
			if r := rows[id]; r.Answer != "N/A" || r.Basis != "derived" || !strings.HasPrefix(r.From, "remote_service.offered") {
				t.Errorf("%smds2.json %s = %+v, want N/A derived from remote_service.offered", dir, id, r)
			}
		}
		kindtest.SaysAll(t, dir+"csd.md", read(dir+"csd.md"),
			"**Remote service.** Tideline Medical, Inc. states that it offers no remote service connection to the device.",
			"| The device sends Tideline Medical, Inc. data about its working, for maintenance (telemetry) | No |")
	}
}

// TestStandaloneMDS2USBPortIsACommunicationPort: HN 1-2019 asks SAHD-8
// (unneeded communication ports and protocols disabled) of every port, so
// the scanner's USB service port is one: its form answers Yes with the
// note that says how (data only in service mode, debug ports fused off),
// never N/A for "No network connection".
func TestStandaloneMDS2USBPortIsACommunicationPort(t *testing.T) {
	read := buildStandalone(t)
	for _, dir := range []string{"bladderscan/", "bladderscan/2.0/"} {
		if r := mds2Rows(t, read(dir+"mds2.json"))["SAHD-8"]; r.Answer != "Yes" || r.Basis != "answered" {
			t.Errorf("%smds2.json SAHD-8 = %+v, want the manufacturer's Yes", dir, r)
		}
		md := read(dir + "mds2.md")
		kindtest.SaysAll(t, dir+"mds2.md", md, "**Note 6.** The USB-C port carries data only in service mode")
		kindtest.SaysNoneBecause(t, dir+"mds2.md", md, "the USB port is a communication port", "| SAHD-8 | N/A |", "| SAHD-8 | Are communication ports and protocols that the intended use does not need disabled? | [N/A]")
	}
}
