package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRemoteAccessOpenBesideNoNetwork (sparse77 ecmo F5): the ECMO
// console states ports = [] and lists every interface of its one device
// part (serial, USB, display), none a network one, so the MDS2 form
// answers CONN-4 and CONN-6 No; remote access by the manufacturer stayed
// a bare "Not stated" in the CSD and the form, and check named only
// remote_service.offered. Its serial port reaches the hospital's network
// through the hospital's serial-to-Ethernet converter, and its USB port
// may reach a computer: a No would be a guess. Both documents now keep
// the answer open and say why; a console whose interfaces are not all
// listed says nothing of the kind.
func TestRemoteAccessOpenBesideNoNetwork(t *testing.T) {
	ecmo := buildFixture(t, "ecmo")
	csd, form := ecmo("eclss1/csd.md"), ecmo("eclss1/mds2.md")
	kindtest.SaysAll(t, "eclss1/csd.md", csd,
		"| Remote access by the manufacturer | Not stated | The device has no network port or network interface of its own; whether a remote service session can reach it over its RS-232 serial port (data output module) or USB service port is not stated: its data reach the hospital network through the Hospital serial-to-Ethernet converter. |")
	kindtest.SaysAll(t, "eclss1/mds2.md", form, "| RMOT-1 | Does the device allow remote service connections, for example for maintenance by the manufacturer? | Not stated |")

	// a comment-only edit: the build's warnings of the fixture as it is
	_, res := buildFixtureEdited(t, "ecmo", "eclss1.toml", func(s string) string { return s + "\n# remote77\n" })
	var rmot string
	for _, d := range res.Warnings {
		if strings.Contains(d.String(), "RMOT-1 has no answer") {
			rmot = d.String()
		}
	}
	for _, want := range []string{"its interfaces rs232 (Serial) and usb (USB) still link it to other systems", "through the Hospital serial-to-Ethernet converter", "write remote_service.offered"} {
		if !strings.Contains(rmot, want) {
			t.Errorf("the RMOT-1 warning does not say %q:\n%s", want, rmot)
		}
	}

	// interfaces not all listed: nothing is said of what the device lacks
	unlisted, _ := buildFixtureEdited(t, "ecmo", "eclss1.toml", func(s string) string {
		return strings.Replace(s, "interfaces_complete = true", "interfaces_complete = false", 1)
	})
	kindtest.SaysNoneBecause(t, "eclss1/csd.md (interfaces unlisted)", unlisted["eclss1/csd.md"], "the list may leave a network interface out",
		"has no network port or network interface of its own; whether a remote service session")

	// a stated remote service decides it, as before
	offered, _ := buildFixtureEdited(t, "ecmo", "eclss1.toml", func(s string) string {
		return strings.Replace(s, "[updates]", "[remote_service]\noffered = false\n\n[updates]", 1)
	})
	kindtest.SaysNoneBecause(t, "eclss1/csd.md (offered = false)", offered["eclss1/csd.md"], "remote_service.offered decides it",
		"whether a remote service session can reach it")
}

// TestCSDNamesEveryVersionItsFormCovers (sparse77 vrtherapy 11): the CSD
// of LumenVR Calm 5.1 said it is published with the MDS2 form "that
// covers version 5.1", while that form answers for 4.x too: it now names
// both.
func TestCSDNamesEveryVersionItsFormCovers(t *testing.T) {
	vr := buildFixture(t, "vrtherapy")
	kindtest.SaysAll(t, "lumenvr-calm/csd.md", vr("lumenvr-calm/csd.md"), "It is published with [the MDS2 form](mds2.html) that covers versions `4.x` and `5.1`.")
}

// TestInterfacesCompleteWarningOfHostedPart (sparse77 vrtherapy 13): the
// warning for a manufacturer-hosted part whose interfaces_complete is not
// written spoke of the device's USB ports, Bluetooth and removable media,
// which the MDS2 form asks of the device's own hardware.
func TestInterfacesCompleteWarningOfHostedPart(t *testing.T) {
	_, res := buildFixtureEdited(t, "vrtherapy", "lumenvr-calm.toml", func(s string) string {
		return strings.Replace(s, "runs = \"manufacturer_hosted\"\ninterfaces_complete = false\n", "runs = \"manufacturer_hosted\"\n", 1)
	})
	var got string
	for _, d := range res.Warnings {
		if strings.Contains(d.String(), "interfaces_complete not written for part portal") {
			got = d.String()
		}
	}
	if got == "" {
		t.Fatal("no warning for the portal's interfaces_complete")
	}
	if strings.Contains(got, "USB ports") || !strings.Contains(got, "(whether PHI or PII can enter or leave over them)") {
		t.Errorf("the warning for the hosted portal speaks of device hardware:\n%s", got)
	}
}
