package generator

import (
	"strings"
	"testing"
)

// TestNoNetworkStatedEsugen: the electrosurgical generator states
// no_network = true (no network interface of any kind) beside a USB
// service port, an RFID reader and a foot switch port of kind other. The
// MDS2 form answers Wi-Fi, Bluetooth, other wireless networks and
// Ethernet No, as its own DOC-2 says; RMOT-1 stays open (the USB link may
// carry a session) and the CSD's key fact says only what the data decide,
// as the form does; the CSD no longer says the foot switch port may join
// a network.
func TestNoNetworkStatedEsugen(t *testing.T) {
	read := buildFixture(t, "esugen")
	mds2, csd := read("esg400/mds2.md"), read("esg400/csd.md")
	row := func(id string) string {
		for _, l := range strings.Split(mds2, "\n") {
			if strings.HasPrefix(l, "| "+id+" |") {
				return l
			}
		}
		t.Fatalf("mds2.md has no row %s", id)
		return ""
	}
	for _, id := range []string{"CONN-1.1.1", "CONN-1.1.2", "CONN-1.1.3", "CONN-1.2.1"} {
		if l := row(id); !strings.Contains(l, "| [No](") {
			t.Errorf("%s: want a derived No from no_network, got %s", id, l)
		}
	}
	if l := row("RMOT-1"); !strings.Contains(l, "| Not stated |") {
		t.Errorf("RMOT-1: a USB link may carry a remote session: want Not stated, got %s", l)
	}
	var key string
	for _, l := range strings.Split(csd, "\n") {
		if strings.HasPrefix(l, "| Remote access by the manufacturer |") {
			key = l
		}
	}
	if strings.Contains(key, "| No:") || !strings.Contains(key, "Not over a network connection of its own") || !strings.Contains(key, "is not stated") {
		t.Errorf("CSD key fact on remote access must say only what the data decide, as MDS2 RMOT-1 does: %s", key)
	}
	if !strings.Contains(csd, "| Ports the device listens on as shipped | None |") {
		t.Error("CSD key facts: no_network decides that the device listens on no port, whatever the interface list leaves out")
	}
	if strings.Contains(csd, "of kind other (Foot switch port) joins a network") {
		t.Error("the CSD says the foot switch port may join a network beside no_network = true")
	}
}
