package content

import (
	"strings"
	"testing"
)

// TestRemoteServiceListenerForOthers: orvideo's recorder, reached by an
// inbound remote service, listened only on its stream to a teaching-room
// viewer, and that port counted as carrying the remote service: the key
// facts said "None", the plan "listen on no port", and check was silent.
// A listener whose endpoints or peer_part name only other systems no
// longer counts; one that names no other end, names remote service or a
// VPN, or an endpoint the data cannot tell from the manufacturer's still
// does.
func TestRemoteServiceListenerForOthers(t *testing.T) {
	listener := func(service, extra string) string {
		return "\n[[ports]]\nnumber = 322\ntransport = \"tcp\"\nservice = \"" + service + "\"\npurpose = \"Live video.\"\ndirection = \"in\"\ninterface = \"eth\"\n" + extra
	}
	inbound := remotePortBase + "connection = \"inbound\"\n"
	withPort := func(port string) string {
		return strings.Replace(inbound, "[remote_service]", port+"\n[remote_service]", 1)
	}
	const warned = `warning: remote_service.connection: remote_service.connection = "inbound" says the manufacturer connects in to Pump, but no port of Pump listens for it (TCP 322 (RTSP) is for Teaching-room viewer only)`
	const says = "Acme's remote service connects in to Pump on a port that is not stated"
	for _, tc := range []struct {
		name, src string
		want      []string
		text      string
	}{
		{"a viewer's stream", withPort(listener("RTSP", "endpoints = [\"Teaching-room viewer\"]\n")), []string{warned}, says},
		{"the hospital's systems", withPort(listener("RTSP", "endpoints = [\"Hospital PACS\", \"Reading workstations\"]\n")), []string{`no port of Pump listens for it (TCP 322 (RTSP) is for Hospital PACS and Reading workstations only)`}, says},
		{"another part of the product", withPort(listener("RTSP", "peer_part = \"gw\"\n") + "\n[[parts]]\nid = \"gw\"\nname = \"Gateway\"\nruns = \"customer_hosted\"\ndescription = \"G.\"\n"), []string{`(TCP 322 (RTSP) is for Gateway only)`}, "Acme's remote service connects in to the product on a port that is not stated; which of its parts it reaches is not stated"}, // the gateway beside the pump: which it reaches is not stated
		{"no other end named", withPort(listener("RTSP", "")), nil, ""},
		{"a VPN", withPort(listener("IPsec VPN", "endpoints = [\"Teaching-room viewer\"]\n")), nil, ""},
		{"an endpoint that may be the manufacturer", withPort(listener("RTSP", "endpoints = [\"Acme\"]\n")), nil, ""},
		{"any host on the hospital network", withPort(listener("RTSP", "endpoints = [\"Any host on the hospital network\"]\n")), nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkRemoteServicePort(t, tc.src, tc.want, tc.text) })
	}
}
