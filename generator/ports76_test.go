package generator

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	contentpkg "github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPorts76HostedListenerEndpointsNotStated: the inbound port of a part
// the manufacturer hosts (dbsprogrammer's Cerebra Connect upload) states
// no endpoint; its "Approved endpoints" cell, in the CSD and the
// notice, whose heading says it holds the host names customers reach
// the service at, says "Not stated" and never names the programmer that
// connects to it (peer_part).
func TestPorts76HostedListenerEndpointsNotStated(t *testing.T) {
	read := buildFixture(t, "dbsprogrammer")
	for _, rel := range []string{"cerebra-dbs/csd.md", "cerebra-dbs/notices/eos-3.0.md"} {
		md := read(rel)
		found := false
		for _, line := range strings.Split(md, "\n") {
			if !strings.HasPrefix(line, "| 443/TCP |") || !strings.Contains(line, "Cerebra Connect (hosted by the manufacturer) | In") {
				continue
			}
			found = true
			if strings.Contains(line, "Clinician programmer") {
				t.Errorf("%s: the hosted service's inbound port names the programmer as an approved endpoint:\n%s", rel, line)
			}
			if !strings.Contains(line, "| Not stated |") {
				t.Errorf("%s: the hosted service's inbound port does not say its endpoints are not stated:\n%s", rel, line)
			}
		}
		if !found {
			t.Errorf("%s: no row for Cerebra Connect's inbound 443/TCP", rel)
		}
	}
}

// TestPorts76CellularPortNamesItsInterface: the notice's sentence on
// ports left out because they go over a cellular interface names the
// interface, so that it does not say "not listed" of a port of the same
// part its table lists over Wi-Fi (dbsprogrammer); several ports of one
// part on one interface share the words (aed).
func TestPorts76CellularPortNamesItsInterface(t *testing.T) {
	md := buildFixture(t, "dbsprogrammer")("cerebra-dbs/notices/eos-3.0.md")
	if strings.Contains(md, "443/TCP (Clinician programmer) is not listed") {
		t.Errorf("the notice says 443/TCP of the programmer is not listed, though its table lists it over Wi-Fi")
	}
	if want := "443/TCP of the Clinician programmer over Programmer cellular is not listed: it connects over a cellular interface"; !strings.Contains(md, want) {
		t.Errorf("the notice lacks %q", want)
	}
	aed := buildFixture(t, "aed")("lifeguard/notices/eol-2.1.md")
	if want := "443/TCP and 8883/TCP of the LifeGuard AED over LTE-M modem (readiness module) are not listed: they connect"; !strings.Contains(aed, want) {
		t.Errorf("the AED notice lacks %q", want)
	}
}

// TestPorts76EncryptedTLSPortDecidesCONN7: cathlab 6.0's SQL Server port
// states encrypted = true and names TLS ("TLS on by default"): its MDS2
// form derives CONN-7 Yes, as the CSD says the port is encrypted, and
// never TXCF-2 Yes, as the HL7 flow of PHI to the EMR goes over its own
// port 2575/tcp, which states encrypted = false: that flow derives
// TXCF-2 No (task mds2r3; it was left open before).
func TestPorts76EncryptedTLSPortDecidesCONN7(t *testing.T) {
	md := buildFixture(t, "cathlab")("hemorec/mds2.md")
	var conn7, txcf2 string
	for _, line := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(line, "| CONN-7 | Does"):
			conn7 = line
		case strings.HasPrefix(line, "| TXCF-2 | Is"):
			txcf2 = line
		}
	}
	if !strings.Contains(conn7, "[Yes]") || !strings.Contains(conn7, "1433/tcp") {
		t.Errorf("CONN-7 of 6.0 is not derived Yes from the encrypted SQL Server port:\n%s", conn7)
	}
	if !strings.Contains(txcf2, "[No]") || !strings.Contains(txcf2, "(F-EMR) carries PHI or PII over interface ws-net by 2575/tcp") {
		t.Errorf("TXCF-2 of 6.0 is not derived No from the HL7 flow to the EMR without TLS:\n%s", txcf2)
	}
}

// TestPorts76HandTXCF2NoRefused: endofsupport's dock carries PHI only
// on its Ethernet, whose ports all state encrypted = true, so its data
// derive TXCF-2 Yes; a hand No (planted; the fixture answers Yes) is
// refused as contradicting them, where it was only warned about.
func TestPorts76HandTXCF2NoRefused(t *testing.T) {
	dir := filepath.Join("testdata", "endofsupport")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "pumpdock.toml",
		kindtest.Replace("[mds2.answers]\n", "[mds2.answers]\n\"TXCF-2\" = \"no\"\n"))
	_, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	var ie *contentpkg.InputError
	found := false
	if errors.As(err, &ie) {
		for _, d := range ie.Diagnostics {
			found = found || d.Path == "mds2.answers.TXCF-2" && strings.Contains(d.Message, "answer No contradicts the product data") &&
				strings.Contains(d.Message, "list PHI or PII only on interface lan, where every port states encrypted = true")
		}
	}
	if !found {
		t.Errorf("a hand TXCF-2 No beside PHI sent only over encrypted ports is not refused: %v", err)
	}
}
