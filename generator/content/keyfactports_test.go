package content

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestKeyFactPorts: the lists of the CSD's key-facts port rows, each
// asserted on its own, so that a list swapped with another fails. A
// single device lists its own ports by state (one port on two
// interfaces once; a connection on as shipped hides its twin that is
// off); a product of parts lists the listening ports with their parts and
// the connections by its outbound firewall rules; a part no rule covers
// (the customer's own terminal server) is named in OffIn and OffOut, its
// ports listed with their part and its connections used as shipped after
// the rules'; a patient's own phone opens nothing from the customer's
// network, so its part gives no entry in OutAll.
func TestKeyFactPorts(t *testing.T) {
	part := func(id, name, runs string) string {
		return fmt.Sprintf("[[parts]]\nid = %q\nname = %q\nruns = %q\n", id, name, runs)
	}
	iface := func(id, kind, part string, internal bool) string {
		s := fmt.Sprintf("[[interfaces]]\nid = %q\nkind = %q\nname = %q\npurpose = \"Test.\"\n", id, kind, id)
		if part != "" {
			s += fmt.Sprintf("part = %q\n", part)
		}
		if internal {
			s += "internal = true\n"
		}
		return s
	}
	// port: "in tcp 443 lan on" with optional "part=x", "peer=x", "to=host"
	port := func(spec string) string {
		f := strings.Fields(spec)
		s := fmt.Sprintf("[[ports]]\ndirection = %q\ntransport = %q\nnumber = %s\ninterface = %q\nservice = \"S\"\npurpose = \"Test.\"\n", f[0], f[1], f[2], f[3])
		switch f[4] {
		case "on":
			s += "default_enabled = true\n"
		case "off":
			s += "default_enabled = false\n"
		}
		for _, kv := range f[5:] {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "part":
				s += fmt.Sprintf("part = %q\n", v)
			case "peer":
				s += fmt.Sprintf("peer_part = %q\n", v)
			case "to":
				s += fmt.Sprintf("endpoints = [%q]\n", v)
			}
		}
		return s
	}
	for _, tc := range []struct {
		name, src string
		hosp      string
		want      KeyFactPorts
	}{
		{
			name: "single device: on, off, not stated",
			hosp: "hospital",
			src: iface("lan", "ethernet", "", false) + iface("wifi", "wifi", "", false) + iface("bus", "other", "", true) +
				port("in tcp 443 lan on") + port("in tcp 443 wifi on") + port("in tcp 22 lan off") + port("in udp 161 lan unknown") +
				port("in tcp 5000 bus on") +
				port("out udp 514 lan on") + port("out udp 514 wifi off") + port("out udp 123 lan off") + port("out tcp 8080 lan unknown"),
			want: KeyFactPorts{
				Listen:        []string{"TCP 443"},
				ListenOff:     []string{"TCP 22"},
				ListenUnknown: []string{"UDP 161"},
				Inner:         []string{"TCP 5000"},
				Out:           []string{"UDP 514"},
				OutOff:        []string{"UDP 123"},
				OutUnknown:    []string{"TCP 8080"},
				OutAll:        []string{"UDP 514"},
			},
		},
		{
			name: "parts with firewall rules",
			hosp: "hospital",
			src: part("mon", "Monitor", "device") + part("srv", "Server", "customer_hosted") +
				iface("lan", "ethernet", "mon", false) + iface("bus", "other", "mon", true) + iface("vm", "ethernet", "srv", false) +
				port("in tcp 2575 lan on part=mon") + port("in tcp 23 lan off part=mon") + port("in tcp 6000 bus on part=mon") +
				port("in tcp 443 vm unknown part=srv") +
				port("out tcp 8443 lan on part=mon to=gw.example") + port("out tcp 2576 lan on part=mon to=lis.example") + port("out udp 514 lan off part=mon to=siem.example") +
				port("out tcp 25 vm unknown part=srv to=mail.example"),
			want: KeyFactPorts{
				Listen:        []string{"TCP 2575 (Monitor)"},
				ListenOff:     []string{"TCP 23 (Monitor)"},
				ListenUnknown: []string{"TCP 443 (Server)"},
				Inner:         []string{"TCP 6000 (Monitor)"},
				Out:           []string{"TCP 2576", "TCP 8443"},
				OutOff:        []string{"UDP 514"},
				OutUnknown:    []string{"TCP 25"},
				OutAll:        []string{"TCP 2576, TCP 8443"},
			},
		},
		{
			name: "a part no rule covers",
			hosp: "hospital",
			src: part("mon", "Monitor", "device") + part("ts", "Terminal server", "customer_infrastructure") +
				iface("lan", "ethernet", "mon", false) + iface("tsnet", "ethernet", "ts", false) +
				port("in tcp 2575 lan on part=mon") + port("out tcp 443 lan on part=mon to=lis.example") +
				port("in tcp 23 tsnet unknown part=ts") + port("out udp 514 tsnet on part=ts to=siem.example") +
				port("out udp 162 tsnet off part=ts to=nms.example"),
			want: KeyFactPorts{
				Listen:        []string{"TCP 2575 (Monitor)"},
				ListenUnknown: []string{"TCP 23 (Terminal server)"},
				OffIn:         []string{"ts"},
				OffOut:        []string{"ts"},
				Out:           []string{"TCP 443 (Monitor)"},
				OutOff:        []string{"UDP 162 (Terminal server)"},
				OutAll:        []string{"TCP 443 (Monitor)", "Terminal server: UDP 514"},
			},
		},
		{
			name: "an app on a patient's own phone",
			hosp: "customer",
			src: "home_use = true\ncustomer = \"organisation\"\n" +
				part("app", "Patient app", "customer_device") + part("cloud", "Cloud", "manufacturer_hosted") +
				iface("net", "wifi", "app", false) + iface("api", "api", "cloud", false) +
				port("out tcp 443 net on part=app to=api.example") + port("out tcp 8883 net off part=app to=mqtt.example") +
				port("in tcp 443 api on part=cloud to=api.example"),
			want: KeyFactPorts{
				OffOut: []string{"app"},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := ruleProduct(t, "schema_version = 2\nid = \"p\"\n"+tc.src)
			got := p.KeyFactPorts(tc.hosp)
			gv, wv := reflect.ValueOf(got), reflect.ValueOf(tc.want)
			for i := range gv.NumField() {
				g, w := gv.Field(i).Interface().([]string), wv.Field(i).Interface().([]string)
				if len(g) == 0 && len(w) == 0 {
					continue
				}
				if !reflect.DeepEqual(g, w) {
					t.Errorf("%s = %q; want %q", gv.Type().Field(i).Name, g, w)
				}
			}
		})
	}
}
