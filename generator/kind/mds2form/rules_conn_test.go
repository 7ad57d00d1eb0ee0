package mds2form

import (
	"cmp"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// Cases for the rules of sections CONN, NAUT, TXCF and TXIG
// (rules_conn.go).

func encrypted(p content.Port) content.Port          { p.Encrypted = content.True; return p }
func internal(i content.Interface) content.Interface { i.Internal = true; return i }
func authenticated(p content.Port) content.Port      { p.Authenticated = content.True; return p }

func connRuleCases() []ruleCase {
	var cases []ruleCase

	// The interface-kind rules, for every interface kind after a display;
	// a contact closure (a nurse-call dry contact) is a wired port too.
	connKinds := append(slices.Clone(interfaceKinds), "contact")
	kindRules := []struct {
		id, what string // what: "Wi-Fi" in "is a Wi-Fi interface"
		article  string
		kinds    []string
		// yesWhat: a Yes's what, by kind, where it names the kind of the
		// interface it cites rather than what
		yesWhat map[string]string
	}{
		{"CONN-1", "connectivity", "a", slices.DeleteFunc(slices.Clone(connKinds), func(k string) bool { return k == "display" }), nil},
		{"CONN-1.1", "wireless", "a", []string{"wifi", "bluetooth", "cellular", "nfc", "infrared", "radio"}, nil},
		{"CONN-1.1.1", "Wi-Fi", "a", []string{"wifi"}, nil},
		{"CONN-1.1.2", "Bluetooth", "a", []string{"bluetooth"}, nil},
		{"CONN-1.1.3", "cellular", "a", []string{"cellular"}, nil},
		{"CONN-1.1.4", "NFC, infrared or radio", "an", []string{"nfc", "infrared", "radio"}, nil},
		{"CONN-1.2", "wired", "a", []string{"ethernet", "usb", "serial", "contact", "removable_media"}, nil},
		{"CONN-1.2.1", "Ethernet", "an", []string{"ethernet"}, nil},
		{"CONN-1.2.2", "USB", "a", []string{"usb"}, nil},
		{"CONN-1.2.3", "removable-media", "a", []string{"removable_media"}, nil},
		{"CONN-1.2.4", "serial or contact-closure", "a", []string{"serial", "contact"}, map[string]string{"serial": "serial", "contact": "contact-closure"}},
	}
	for _, r := range kindRules {
		none := noBy("interfaces", "lists no "+r.what+" interface")
		for _, k := range connKinds {
			c := ruleCase{id: r.id, name: k, setup: func(w *world) {
				w.p.Interfaces = []content.Interface{iface("screen", "display"), iface("b", k), iface("c", k)}
			}, want: none}
			if slices.Contains(r.kinds, k) {
				c.want = yesBy("interfaces[1]", "is "+r.article+" "+cmp.Or(r.yesWhat[k], r.what)+" interface")
			} else if r.id == "CONN-1.2.3" && k == "usb" {
				c.want = decidesNothing // a USB port may or may not take USB drives
			} else if k == "other" && slices.Contains([]string{"CONN-1.1", "CONN-1.1.3", "CONN-1.1.4", "CONN-1.2", "CONN-1.2.4"}, r.id) {
				c.want = decidesNothing // an interface of kind other may be this "other" radio or port
			} else if k == "radio" && r.id == "CONN-1.1.3" {
				c.want = decidesNothing // a proprietary radio, which CONN-1.1.3 names, may be a network of its own
			}
			cases = append(cases, c)
		}
		cases = append(cases, ruleCase{r.id, "no interfaces", nil, none})

		// The same interface of a part that runs on another host (an
		// app's Bluetooth link on the patient's phone), in a product
		// without a device part and beside one: the product uses that
		// link, so the form must not deny it; whether the host's radio is
		// the device's is the manufacturer's to say.
		// CONN-1 is No for a product with no hardware of its own; its
		// sub-questions, which presuppose a Yes, are N/A (the host's
		// Wi-Fi or Ethernet is not the product's to deny,
		// rules_conn_nohardware.go).
		noPart := noBy("parts", "the product has no hardware of its own, so no "+r.what+" hardware")
		if r.id != "CONN-1" {
			noPart = naBy("parts", "the product has no hardware of its own, so the question does not apply")
		}
		for _, k := range connKinds {
			undecided := slices.Contains(r.kinds, k) || r.id == "CONN-1.2.3" && k == "usb" ||
				k == "other" && slices.Contains([]string{"CONN-1.1", "CONN-1.1.3", "CONN-1.1.4", "CONN-1.2", "CONN-1.2.4"}, r.id) ||
				k == "radio" && r.id == "CONN-1.1.3"
			app := ruleCase{id: r.id, name: k + " of an app on the patient's phone", setup: func(w *world) {
				w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}}
				w.p.Interfaces = []content.Interface{partIface("screen", "display", "app"), partIface("b", k, "app")}
			}, want: noPart}
			beside := ruleCase{id: r.id, name: k + " of an app beside the device", setup: func(w *world) {
				w.p.Parts = listsWhole(content.Part{ID: "dev", Name: "Device", Runs: "device"}, content.Part{ID: "app", Name: "App", Runs: "customer_device"})
				w.p.Interfaces = []content.Interface{partIface("screen", "display", "dev"), partIface("b", k, "app")}
			}, want: none}
			if undecided {
				app.want, beside.want = decidesNothing, decidesNothing
			}
			cases = append(cases, app, beside)
		}
		// A virtual interface is no hardware of anyone's.
		cases = append(cases, ruleCase{r.id, "only virtual interfaces of a customer-hosted part", func(w *world) {
			w.p.Parts = []content.Part{{ID: "gw", Name: "Gateway VM", Runs: "customer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("vnic", "virtual_nic", "gw"), partIface("web", "web_ui", "gw"), partIface("api", "api", "gw")}
		}, noPart})
	}
	// The surgicalrobot shape: a proprietary 2.4 GHz radio link to a
	// wireless foot pedal (kind radio) beside Wi-Fi. CONN-1.1.3 names "a
	// proprietary radio network": No would deny what the manufacturer may
	// count there, and radio says the link joins no network, so not Yes
	// either; a cellular interface still says Yes, and Wi-Fi and Bluetooth
	// alone still say No.
	cases = append(cases, ruleCase{"CONN-1.1.3", "a proprietary radio foot pedal beside Wi-Fi", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("wifi", "wifi"), iface("pedal", "radio", "configuration")}
	}, decidesNothing}, ruleCase{"CONN-1.1.3", "LTE beside a proprietary radio", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("pedal", "radio"), iface("lte", "cellular")}
	}, yesBy("interfaces[1]", "is a cellular interface")}, ruleCase{"CONN-1.1.3", "Wi-Fi and Bluetooth only", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("wifi", "wifi"), iface("ble", "bluetooth")}
	}, noBy("interfaces", "lists no cellular interface")}, ruleCase{"CONN-1.1.4", "a proprietary radio foot pedal beside Wi-Fi", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("wifi", "wifi"), iface("pedal", "radio", "configuration")}
	}, yesBy("interfaces[1]", "is an NFC, infrared or radio interface")})

	cases = append(cases, ruleCase{"CONN-1.2.3", "usb and removable_media", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("usb", "usb"), iface("sd", "removable_media")}
	}, yesBy("interfaces[1]", "is a removable-media interface")})

	twoIfaces := func(w *world) {
		w.p.Interfaces = []content.Interface{iface("lte", "cellular"), iface("eth", "ethernet"), iface("wifi", "wifi")}
	}
	required := content.CloudService{Name: "Portal", Required: content.True}
	optional := content.CloudService{Name: "Telemetry", Required: content.False}

	cases = append(cases, connCustomerSideCases()...)
	cases = append(cases, []ruleCase{
		{"CONN-2", "ports listed", func(w *world) {
			w.p.Ports = []content.Port{port(443, "tcp", "out", "eth"), port(22, "tcp", "in", "eth")}
		}, yesBy("ports", "lists 2 ports and protocols")},
		{"CONN-2", "one port listed", func(w *world) {
			w.p.Ports = []content.Port{port(443, "tcp", "out", "eth")}
		}, yesBy("ports", "lists 1 port and its protocol")},
		// The count is that of the CSD's port table, which the answer
		// points to: a port used the same way on Wi-Fi and on Ethernet is
		// one row there, so one port here, not two; the same number used
		// differently (in on one, out on the other) stays two rows, but
		// is one port and protocol, in two entries (bloodbank's TCP 8250,
		// a server's in and a client's out, review 89 finding 10).
		{"CONN-2", "one port on two interfaces: one row of the CSD's table", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(443, "tcp", "out", "eth"), port(443, "tcp", "out", "wifi")}
		}, yesBy("ports", "lists 1 port and its protocol")},
		{"CONN-2", "one number used two ways on two interfaces: two rows", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(443, "tcp", "out", "eth"), port(443, "tcp", "in", "wifi")}
		}, yesBy("ports", "lists 1 port and its protocol in 2 entries")},
		{"CONN-2", "one number on tcp and udp: two ports and protocols", func(w *world) {
			w.p.Ports = []content.Port{port(53, "tcp", "out", "eth"), port(53, "udp", "out", "eth")}
		}, yesBy("ports", "lists 2 ports and protocols")},
		// A port of a service the manufacturer hosts beside the device (a
		// remote-service centre's gateway) is not one the device uses: it
		// is not counted as the device's, and alone says nothing.
		{"CONN-2", "the device's ports beside a manufacturer-hosted service's", func(w *world) {
			serviceCentre(w)
			w.p.Ports = []content.Port{gateway(), vpnOut(), partPort(port(5100, "tcp", "in", "lan"), "dev", "LIS")}
		}, yesBy("ports", "lists 2 ports and protocols of Analyzer (and 1 of Service centre, which the manufacturer hosts)")},
		{"CONN-2", "only a manufacturer-hosted service's port beside the device", func(w *world) {
			serviceCentre(w)
			w.p.Ports = []content.Port{gateway()}
		}, decidesNothing},
		{"CONN-2", "a product only the manufacturer hosts: its ports are its own", func(w *world) {
			hostedOnly(w)
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "app.example")}
		}, yesBy("ports", "lists 1 port and its protocol")},
		// The CSD built beside the form says the device uses no port:
		// No would read as a list withheld (connCustomerSideCases).
		{"CONN-2", "ports = [] written", func(w *world) { w.states("ports") }, naBy("ports", "is written empty: it uses no network port, so there is no port list to provide (the customer security documentation says it uses none)")},
		{"CONN-2", "ports = [] written, no CSD built", func(w *world) {
			w.states("ports")
			w.p.Documents.Build = []string{"mds2"}
		}, noBy("ports", "lists no network port, so the documents publish no port list")},
		{"CONN-2", "no ports written: not stated", nil, decidesNothing},
		{"CONN-2", "ports listed, no CSD built", func(w *world) {
			w.p.Ports, w.p.Documents.Build = []content.Port{port(443, "tcp", "out", "eth")}, []string{"mds2"}
		}, decidesNothing},

		{"CONN-3", "a port on Ethernet", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(443, "tcp", "out", "lte"), port(8443, "tcp", "in", "eth")}
		}, yesBy("ports[1]", "is 8443/tcp (svc8443) on the eth interface, which joins the customer's network")},
		{"CONN-3", "a port on Wi-Fi", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(53, "udp", "out", "nowhere"), port(123, "udp", "out", "wifi")}
		}, yesBy("ports[1]", "is 123/udp (svc123) on the wifi interface")},
		{"CONN-3", "ports on cellular only", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(443, "tcp", "out", "lte"), port(53, "udp", "out", "nowhere")}
		}, decidesNothing},
		// Honest answer not refused: a serial cable to a PC in the customer's
		// network is communication inside it (CONN-3 = Yes, no port at all).
		{"CONN-3", "no ports, but a serial cable to a PC", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("rs232", "serial", "phi")}
		}, decidesNothing},
		{"CONN-3", "no ports, radios decide nothing", twoIfaces, decidesNothing},
		// An app's upload to the product's own cloud leaves the customer's
		// network: it is no communication inside it.
		{"CONN-3", "only a connection out to the manufacturer's cloud", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app"), partIface("web", "web_ui", "cloud")}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "out", "net"), "app", "api.example"), partPort(port(443, "tcp", "in", "web"), "cloud", "api.example")}
		}, decidesNothing},
		{"CONN-3", "the same app port by peer_part", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app"), partIface("web", "web_ui", "cloud")}
			out := partPort(port(443, "tcp", "out", "net"), "app")
			out.PeerPart = "cloud"
			w.p.Ports = []content.Port{out}
		}, decidesNothing},
		{"CONN-3", "a connection out to a host that is not the manufacturer's part", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app"), partIface("web", "web_ui", "cloud")}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "out", "net"), "app", "api.example", "ehr.hospital.example"), partPort(port(443, "tcp", "in", "web"), "cloud", "api.example")}
		}, yesBy("ports[0]", "is 443/tcp (svc443) on the net interface, which joins the customer's network")},
		{"CONN-3", "no interface but a display", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("lcd", "display", "phi")}
		}, noBy("interfaces", "lists no interface besides displays")},
		{"CONN-3", "no interfaces at all", nil, noBy("interfaces", "lists no interface besides displays")},
		// A scanner's two computers on a private cable: a port there is
		// communication between the device's own parts, not with other
		// systems inside the customer's network.
		{"CONN-3", "a port on an internal Ethernet first, then one on the hospital's", func(w *world) {
			w.p.Interfaces = []content.Interface{internal(iface("sys", "ethernet")), iface("eth", "ethernet")}
			w.p.Ports = []content.Port{port(7001, "tcp", "in", "sys"), port(104, "tcp", "in", "eth")}
		}, yesBy("ports[1]", "is 104/tcp (svc104) on the eth interface, which joins the customer's network")},
		// Two containers of the product in the customer's cluster: the
		// port between them is marked internal itself, on the pod network
		// interface that also takes the PACS's connections; it was counted
		// as communication inside the customer's network.
		{"CONN-3", "a port marked internal on a virtual NIC first, then one on the same NIC", func(w *world) {
			w.p.Parts = []content.Part{{ID: "router", Name: "Router", Runs: "customer_hosted"}, {ID: "inference", Name: "Inference", Runs: "customer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("pod", "virtual_nic", "router")}
			grpc := partPort(port(8443, "tcp", "out", "pod"), "router")
			grpc.PeerPart, grpc.Internal = "inference", true
			w.p.Ports = []content.Port{grpc, partPort(port(11112, "tcp", "in", "pod"), "router", "PACS")}
		}, yesBy("ports[1]", "is 11112/tcp (svc11112) on the pod interface, which joins the customer's network")},
		{"CONN-3", "only a port marked internal on a virtual NIC", func(w *world) {
			w.p.Parts = []content.Part{{ID: "router", Name: "Router", Runs: "customer_hosted"}, {ID: "inference", Name: "Inference", Runs: "customer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("pod", "virtual_nic", "router")}
			grpc := partPort(port(8443, "tcp", "out", "pod"), "router")
			grpc.PeerPart, grpc.Internal = "inference", true
			w.p.Ports = []content.Port{grpc}
		}, decidesNothing},
		{"CONN-3", "ports only on an internal Ethernet, besides a display", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("lcd", "display", "phi"), internal(iface("sys", "ethernet"))}
			w.p.Ports = []content.Port{port(7001, "tcp", "in", "sys"), port(7001, "tcp", "out", "sys")}
		}, noBy("interfaces", "lists no interface besides displays and links internal to the product")},
		{"CONN-3", "ports only on an internal Ethernet, besides a USB port", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb"), internal(iface("sys", "ethernet"))}
			w.p.Ports = []content.Port{port(7001, "tcp", "in", "sys")}
		}, decidesNothing},

		{"CONN-4", "a port on cellular", func(w *world) {
			twoIfaces(w)
			w.p.Cloud.Statement = "None."
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth"), port(443, "tcp", "out", "lte")}
		}, yesBy("ports[1]", "is 443/tcp (svc443) on a cellular interface")},
		{"CONN-4", "a required cloud service", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Services = []content.CloudService{optional, required}
		}, yesBy("cloud.services[1]", "(Portal) is a service outside the customer's network that the device needs")},
		{"CONN-4", "a required cloud service of a software-only product", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("net", "virtual_nic", "app")}
			w.p.Ports = []content.Port{partPort(port(8443, "tcp", "in", "net"), "app")}
			w.p.Cloud.Services = []content.CloudService{required}
		}, yesBy("cloud.services[0]", "(Portal) is a service outside the customer's network that the product needs")},
		// A service only the manufacturer hosts is itself outside the
		// customer's network: its port says so, not a service it "needs".
		{"CONN-4", "a product only the manufacturer hosts", func(w *world) {
			hostedOnly(w)
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "app.example")}
			w.p.Cloud.Services = []content.CloudService{required}
		}, yesBy("ports[0]", "is 443/tcp (svc443) of Cloud, which is hosted by the manufacturer, outside the customer's network")},
		// The service's own database, on a network internal to the
		// product, is no port anyone outside reaches: the public port says
		// it, and the database alone says nothing.
		{"CONN-4", "a product only the manufacturer hosts, its database port first", func(w *world) {
			w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}, {ID: "db", Name: "Database", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "cloud"), internal(partIface("db-net", "virtual_nic", "db"))}
			w.p.Ports = []content.Port{partPort(port(5432, "tcp", "in", "db-net"), "db"), partPort(port(443, "tcp", "in", "web"), "cloud", "app.example")}
		}, yesBy("ports[1]", "is 443/tcp (svc443) of Cloud, which is hosted by the manufacturer")},
		// Beside the device, the device's connection to the service the
		// manufacturer hosts says Yes, not the service's listener, which
		// is no port of the device's (listed first here).
		{"CONN-4", "the device's port out to a manufacturer-hosted service (peer_part)", func(w *world) {
			serviceCentre(w)
			w.p.Ports = []content.Port{gateway(), partPort(port(5100, "tcp", "in", "lan"), "dev", "LIS"), vpnOut()}
		}, yesBy("ports[2]", "is 443/tcp (svc443), by which Analyzer connects out to Service centre, which the manufacturer hosts outside the customer's network")},
		{"CONN-4", "an app's port out to the endpoint a manufacturer-hosted part listens at", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app"), partIface("api", "api", "cloud")}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "api"), "cloud", "api.example"), partPort(port(443, "tcp", "out", "net"), "app", "api.example")}
		}, yesBy("ports[1]", "is 443/tcp (svc443), by which App connects out to Cloud at api.example, which the manufacturer hosts outside the customer's network")},
		{"CONN-4", "a manufacturer-hosted listener naming the device as its peer, no port out listed", func(w *world) {
			serviceCentre(w)
			w.p.Ports = []content.Port{partPort(port(5100, "tcp", "in", "lan"), "dev", "LIS"), gateway()}
		}, yesBy("ports[1]", "is 443/tcp (svc443) of the Service centre, which the manufacturer hosts outside the customer's network; Analyzer connects to it (peer_part)")},
		// A portal the manufacturer hosts for the customer's browsers,
		// which no port of the device reaches, says nothing of what the
		// device talks to: not Yes, and not No beside services = [].
		{"CONN-4", "a manufacturer-hosted portal no part of the product connects to, beside the device", func(w *world) {
			serviceCentre(w)
			w.p.Ports = []content.Port{partPort(port(5100, "tcp", "in", "lan"), "dev", "LIS"), partPort(port(443, "tcp", "in", "rsc"), "rsc", "portal.example")}
		}, decidesNothing},
		{"CONN-4", "a data flow from the device to a manufacturer-hosted part", func(w *world) {
			serviceCentre(w)
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "rsc"), "rsc", "rsc.example")}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-1", From: "dev", To: "LIS"}, {ID: "DF-2", From: "rsc", To: "dev", Interface: "lan"}}
		}, yesBy("data_flows[1]", "(DF-2) goes from Service centre to Analyzer, and Service centre is hosted by the manufacturer outside the customer's network")},
		{"CONN-4", "a data flow only between the manufacturer's parts, beside the device", func(w *world) {
			serviceCentre(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "db", Name: "Database", Runs: "manufacturer_hosted"})
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "rsc"), "rsc", "rsc.example")}
			w.p.DataFlows = []content.DataFlow{{ID: "DF-1", From: "rsc", To: "db"}}
		}, decidesNothing},
		{"CONN-4", "that portal, with a cloud statement and services = [] written", func(w *world) {
			serviceCentre(w)
			w.states("cloud.services")
			w.p.Cloud.Statement = "The analyzer uses no cloud service."
			w.p.Ports = []content.Port{partPort(port(5100, "tcp", "in", "lan"), "dev", "LIS"), partPort(port(443, "tcp", "in", "rsc"), "rsc", "portal.example")}
		}, decidesNothing},
		{"CONN-4", "a manufacturer's part with only an internal port", func(w *world) {
			w.p.Parts = []content.Part{{ID: "db", Name: "Database", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{internal(partIface("db-net", "virtual_nic", "db"))}
			w.p.Ports = []content.Port{partPort(port(5432, "tcp", "in", "db-net"), "db")}
		}, decidesNothing},
		{"CONN-4", "a cloud statement and services = [] written", func(w *world) {
			twoIfaces(w)
			w.states("cloud.services")
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Statement = "The device uses no cloud service."
		}, noBy("cloud", "lists no cloud or internet service")},
		// An app's upload to the product's own cloud (which lists no port
		// of its own) leaves the customer's network whatever
		// cloud.services says.
		{"CONN-4", "services = [] written, but a port out to the manufacturer's part", func(w *world) {
			w.states("cloud.services")
			w.p.Cloud.Statement = "The product uses no cloud or internet service."
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("net", "api", "app")}
			out := partPort(port(443, "tcp", "out", "net"), "app")
			out.PeerPart = "cloud"
			w.p.Ports = []content.Port{out}
		}, yesBy("ports[0]", "is 443/tcp (svc443), by which App connects out to Cloud, which the manufacturer hosts outside the customer's network")},
		// The statement is prose: it may as well say the device reaches
		// the vendor's portal. Services not written are not stated.
		{"CONN-4", "a cloud statement, services not written", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Statement = "The device sends usage reports to the vendor's portal."
		}, decidesNothing},
		// Honest answer not refused: a cellular interface whose ports are
		// not listed may well talk outside the customer's network (Yes).
		{"CONN-4", "no ports, but radio and network interfaces", func(w *world) { twoIfaces(w); w.p.Cloud.Services = []content.CloudService{optional} },
			decidesNothing},
		{"CONN-4", "ports = [] and no network interface", func(w *world) {
			w.states("ports")
			w.p.Interfaces = []content.Interface{iface("usb", "usb")}
			w.p.Cloud.Services = []content.CloudService{optional}
		}, noBy("ports", "is written empty, and interfaces lists no network interface")},
		// A serial interface carries no port: none can exist.
		{"CONN-4", "ports not written, only a serial interface", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("rs232", "serial")}
			w.p.Cloud.Services = []content.CloudService{optional}
		}, noBy("interfaces", "lists no interface that can carry a network port (ports are not written)")},
		// A ports list never written is not stated: the device may have a
		// network port on its USB interface the file does not list.
		{"CONN-4", "ports not written and a USB interface", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("usb", "usb")}
			w.p.Cloud.Services = []content.CloudService{optional}
		}, decidesNothing},
		{"CONN-4", "optional services and ports inside the network", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Statement = "Telemetry, when enabled."
			w.p.Cloud.Services = []content.CloudService{optional}
		}, decidesNothing},
		{"CONN-4", "a blank statement decides nothing", func(w *world) {
			twoIfaces(w)
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Statement = " \n"
		}, decidesNothing},

		{"CONN-6", "a required cloud service", func(w *world) {
			w.p.Cloud.Services = []content.CloudService{optional, required}
		}, yesBy("cloud.services[1].required", "is true for Portal")},
		{"CONN-6", "a cloud statement, no required service", func(w *world) {
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Statement = "Telemetry, when enabled."
			w.p.Cloud.Services = []content.CloudService{optional}
		}, noBy("cloud", "lists no cloud or internet service the intended use depends on")},
		// The manufacturer's cloud part is the service the product states
		// optional: its port does not make the internet required.
		{"CONN-6", "the manufacturer's part is a service stated optional", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "cloud")}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "api.example")}
			w.p.Cloud.Statement = "Readings and alerts work without the cloud."
			w.p.Cloud.Services = []content.CloudService{{Name: "Cloud", Required: content.False, Endpoints: []string{"api.example"}}}
		}, noBy("cloud", "lists no cloud or internet service the intended use depends on")},
		// A cloud part beside parts that run elsewhere (a home monitor's
		// portal) may or may not be needed for the intended use: only
		// cloud.services says; a product that runs only at the
		// manufacturer needs the internet to be used at all.
		{"CONN-6", "a manufacturer's part not among the optional services, beside a customer-hosted part", func(w *world) {
			w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "cloud")}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "portal.example")}
			w.p.Cloud.Statement = "Telemetry, when enabled."
			w.p.Cloud.Services = []content.CloudService{{Name: "Telemetry", Required: content.False, Endpoints: []string{"telemetry.example"}}}
		}, decidesNothing},
		{"CONN-6", "a manufacturer's part, and nothing runs elsewhere", func(w *world) {
			w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "cloud")}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "portal.example")}
		}, yesBy("ports[0]", "belongs to Cloud, a part of the product that is hosted by the manufacturer and reached over the internet; no part of the product runs on the device or at the customer")},
		{"CONN-6", "a manufacturer's part, its database port first", func(w *world) {
			w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}, {ID: "db", Name: "Database", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "cloud"), internal(partIface("db-net", "virtual_nic", "db"))}
			w.p.Ports = []content.Port{partPort(port(5432, "tcp", "in", "db-net"), "db"), partPort(port(443, "tcp", "in", "web"), "cloud", "portal.example")}
		}, yesBy("ports[1]", "belongs to Cloud, a part of the product that is hosted by the manufacturer and reached over the internet")},
		{"CONN-6", "no statement, no ports", func(w *world) { w.states("ports") }, noBy("ports", "is written empty, and no interface is listed")},
		{"CONN-6", "no statement, ports not written", nil, decidesNothing},
		{"CONN-6", "no statement, no ports, but a cellular interface", twoIfaces, decidesNothing},
		// The IVD analyzer probe: a statement, no services written (the
		// CSD's key facts then say "See details", or "Not stated").
		{"CONN-6", "a cloud statement, services not written", func(w *world) {
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Statement = "The analyzer needs the vendor's licence server."
		}, decidesNothing},
		{"CONN-6", "a cloud statement and services = [] written", func(w *world) {
			w.states("cloud.services")
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Statement = "The analyzer needs no cloud or internet service."
		}, noBy("cloud", "lists no cloud or internet service the intended use depends on")},
		{"CONN-6", "ports and no statement", func(w *world) {
			w.p.Ports = []content.Port{port(8443, "tcp", "in", "eth")}
			w.p.Cloud.Statement = "  "
		}, decidesNothing},

		{"NAUT-1", "no port authenticates its peer", func(w *world) {
			w.p.Ports = []content.Port{encrypted(port(443, "tcp", "out", "eth")), port(22, "tcp", "in", "eth")}
		}, noBy("ports", "lists no port on which the peer is authenticated")},
		{"NAUT-1", "one port authenticates its peer", func(w *world) {
			w.p.Ports = []content.Port{port(22, "tcp", "in", "eth"), authenticated(port(443, "tcp", "out", "eth"))}
		}, decidesNothing},
		{"NAUT-1", "no ports", nil, decidesNothing},
		// The device's own computers are not the systems it exchanges
		// data with: a port between them counts neither way.
		{"NAUT-1", "only an internal port authenticates its peer", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet"), internal(iface("sys", "ethernet")), internal(iface("spare", "ethernet"))}
			w.p.Ports = []content.Port{port(104, "tcp", "in", "eth"), authenticated(port(7001, "tcp", "in", "sys"))}
		}, noBy("ports", "lists no port on which the peer is authenticated (those on links internal to the product, between its own parts, are not counted)")},
		{"NAUT-1", "only a port marked internal authenticates its peer", func(w *world) {
			w.p.Ports = []content.Port{port(104, "tcp", "in", "eth"), authenticated(port(7001, "tcp", "in", "eth"))}
			w.p.Ports[1].Internal = true
		}, noBy("ports", "lists no port on which the peer is authenticated (those on links internal to the product, between its own parts, are not counted)")},
		{"NAUT-1", "only internal ports", func(w *world) {
			w.p.Interfaces = []content.Interface{internal(iface("sys", "ethernet"))}
			w.p.Ports = []content.Port{port(7001, "tcp", "in", "sys")}
		}, decidesNothing},
		// Bluetooth pairing may authenticate the peer; no port says.
		{"NAUT-1", "no port authenticates its peer, and a radio without ports", func(w *world) {
			w.p.Interfaces = append(w.p.Interfaces, iface("ble", "bluetooth"))
			w.p.Ports = []content.Port{port(22, "tcp", "in", "eth")}
		}, decidesNothing},
		// A service the manufacturer hosts beside the device is not the
		// device: whether its gateway or portal authenticates its clients
		// counts neither way, nor does its interface without ports; the
		// device's own ports decide.
		{"NAUT-1", "the device authenticates no peer, beside a manufacturer-hosted gateway that does", func(w *world) {
			serviceCentre(w)
			w.p.Ports = []content.Port{authenticated(gateway()), vpnOut(), partPort(port(5100, "tcp", "in", "lan"), "dev", "LIS")}
		}, noBy("ports", "lists no port of Analyzer on which the peer is authenticated (those of Service centre, which the manufacturer hosts, are not the device's)")},
		{"NAUT-1", "the device authenticates no peer, beside a manufacturer-hosted interface without ports", func(w *world) {
			serviceCentre(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("portal", "web_ui", "rsc"))
			w.p.Ports = []content.Port{gateway(), vpnOut()}
		}, noBy("ports", "lists no port of Analyzer on which the peer is authenticated (those of Service centre, which the manufacturer hosts, are not the device's)")},
		{"NAUT-1", "only a manufacturer-hosted portal's port beside the device, which lists none", func(w *world) {
			w.p.Parts = []content.Part{{ID: "dev", Name: "Recorder", Runs: "device"}, {ID: "cloud", Name: "Portal", Runs: "manufacturer_hosted"}}
			w.p.Interfaces = []content.Interface{partIface("com", "serial", "dev"), partIface("web", "web_ui", "cloud")}
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "portal.example")}
		}, decidesNothing},
		{"NAUT-1", "the device authenticates its peer, beside a manufacturer-hosted gateway that does not", func(w *world) {
			serviceCentre(w)
			w.p.Ports = []content.Port{gateway(), authenticated(vpnOut())}
		}, decidesNothing},
		{"NAUT-1", "a product only the manufacturer hosts: its ports are its own", func(w *world) {
			hostedOnly(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("api", "api", "cloud"))
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "app.example")}
		}, decidesNothing},
		{"NAUT-1", "a product only the manufacturer hosts, whose ports authenticate no peer", func(w *world) {
			hostedOnly(w)
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "app.example")}
		}, noBy("ports", "lists no port on which the peer is authenticated")},
	}...)

	// TXCF-1 for every interface kind carrying PHI or PII.
	for _, k := range interfaceKinds {
		c := ruleCase{id: "TXCF-1", name: k + " carries PII", setup: func(w *world) {
			w.p.Interfaces = []content.Interface{iface("a", k, "configuration"), iface("b", k, "pii")}
		}, want: decidesNothing}
		if slices.Contains([]string{"wifi", "ethernet", "bluetooth", "cellular", "nfc", "infrared", "radio"}, k) {
			c.want = noBy("interfaces[1].carries", "lists PHI or PII, and interface b is of kind "+content.InterfaceKind(k).Label()+", which is no dedicated point-to-point cable")
		}
		if k == "display" { // shown, not transmitted (rules_pii_local.go)
			c.want = naBy("interfaces", "lists only the display b as carrying PHI or PII")
		}
		cases = append(cases, c)
	}

	// PHI over a scanner's private cable between its own computers: whether
	// that cable is point-to-point the data does not say.
	cases = append(cases, ruleCase{"TXCF-1", "PII only over an internal Ethernet", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("usb", "usb", "phi"), internal(iface("sys", "ethernet", "phi"))}
	}, decidesNothing}, ruleCase{"TXCF-1", "PII over an internal and a hospital Ethernet", func(w *world) {
		w.p.Interfaces = []content.Interface{internal(iface("sys", "ethernet", "phi")), iface("eth", "ethernet", "phi")}
	}, noBy("interfaces[1].carries", "lists PHI or PII, and interface eth is of kind Ethernet, which is no dedicated point-to-point cable")})

	// The aed shape: the device sends PHI only over USB (to the
	// customer's PC) and its modem carries logs, while the cloud portal
	// the manufacturer hosts shows PII on its web pages. The portal's
	// interface is not the device's (as CONN-2 and NAUT-1 leave out its
	// ports): it gives no No; the device's own Wi-Fi carrying PII still
	// does, and in a product only the manufacturer hosts its web pages
	// are the product's own.
	aed := func(w *world) {
		w.p.Parts = []content.Part{{ID: "aed", Name: "AED", Runs: "device"}, {ID: "portal", Name: "Portal", Runs: "manufacturer_hosted"},
			{ID: "pc", Name: "PC program", Runs: "customer_device"}}
		lte, usb, web := partIface("lte", "cellular", "aed"), partIface("usb", "usb", "aed"), partIface("web", "web_ui", "portal")
		lte.Carries, usb.Carries, web.Carries = content.DataKinds{"logs"}, content.DataKinds{"phi", "software"}, content.DataKinds{"logs", "pii"}
		w.p.Interfaces = []content.Interface{lte, usb, web}
	}
	cases = append(cases, ruleCase{"TXCF-1", "PII only on the web pages of a portal the manufacturer hosts beside the device", aed, decidesNothing},
		ruleCase{"TXCF-1", "PII on the device's Wi-Fi beside a portal the manufacturer hosts", func(w *world) {
			aed(w)
			wifi := partIface("wifi", "wifi", "aed")
			wifi.Carries = content.DataKinds{"phi"}
			w.p.Interfaces = append(w.p.Interfaces, wifi)
		}, noBy("interfaces[3].carries", "lists PHI or PII, and interface wifi is of kind Wi-Fi")},
		ruleCase{"TXCF-1", "PII on the web pages of a product only the manufacturer hosts", func(w *world) {
			hostedOnly(w)
			w.p.Interfaces[0].Carries = content.DataKinds{"pii"}
		}, noBy("interfaces[0].carries", "lists PHI or PII, and interface web is of kind Web user interface")})

	// A flow of PHI or PII between two parts that names no interface:
	// what it crosses is not stated (a SAML assertion through the
	// browser, a database on the same host, a USB cable).
	cases = append(cases, ruleCase{"TXCF-1", "PHI between parts over no stated interface", func(w *world) {
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "db", Name: "Database", Runs: "customer_hosted"}}
		w.p.Interfaces = []content.Interface{partIface("disp", "display", "app")}
		w.p.DataFlows = []content.DataFlow{{ID: "local", From: "app", To: "db", Data: content.DataKinds{"phi"}}}
	}, decidesNothing})
	return cases
}

// partIface is an interface of the named part.
// listsWhole gives each of parts but the customer's own infrastructure
// interfaces_complete = true: its interface list is whole, so the form
// may take a No from an interface it leaves out (not written, whether it
// is whole is not stated, and the form takes none).
func listsWhole(parts ...content.Part) []content.Part {
	for i := range parts {
		if !parts[i].Runs.IsCustomerInfrastructure() {
			parts[i].InterfacesComplete = content.True
		}
	}
	return parts
}

func partIface(id, k, part string) content.Interface {
	it := iface(id, k)
	it.Part = part
	return it
}

// serviceCentre is a device (Analyzer, Ethernet "lan") beside a
// remote-service centre the manufacturer hosts (Service centre, virtual
// NIC "rsc"), as the analyzer fixture has.
func serviceCentre(w *world) {
	w.p.Parts = []content.Part{{ID: "dev", Name: "Analyzer", Runs: "device"}, {ID: "rsc", Name: "Service centre", Runs: "manufacturer_hosted"}}
	w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "dev"), partIface("rsc", "virtual_nic", "rsc")}
}

// hostedOnly is a product only the manufacturer hosts (a cloud service
// with its web interface, signing in through the customer's identity
// provider): its ports are its own.
func hostedOnly(w *world) {
	w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}, {ID: "idp", Name: "IdP", Runs: "customer_infrastructure"}}
	w.p.Interfaces = []content.Interface{partIface("web", "web_ui", "cloud")}
}

// gateway is the service centre's listener, naming the device as its
// peer; vpnOut the device's connection out to it.
func gateway() content.Port {
	p := partPort(port(443, "tcp", "in", "rsc"), "rsc", "rsc.example")
	p.PeerPart = "dev"
	return p
}

func vpnOut() content.Port {
	p := partPort(port(443, "tcp", "out", "lan"), "dev", "rsc.example")
	p.PeerPart = "rsc"
	return p
}

// partPort is a port of the named part with its approved endpoints (the
// loader names a port's part; the cases build products without it).
func partPort(p content.Port, part string, endpoints ...string) content.Port {
	p.Part, p.Endpoints = part, endpoints
	return p
}
