package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// One port listed on two interfaces (HL7 over Ethernet and over Wi-Fi)
// is named with its interface; otherwise a basis read "2575/tcp (HL7)
// and 2575/tcp (HL7)", as if a port were listed twice.
func TestPortNamesTellsTwinsApart(t *testing.T) {
	p := &content.Product{Ports: []content.Port{
		{Number: 2575, Transport: "tcp", Service: "HL7", Interface: "eth"},
		{Number: 2575, Transport: "tcp", Service: "HL7", Interface: "wifi"},
		{Number: 443, Transport: "tcp", Service: "HTTPS", Interface: "eth"},
	}}
	f := newMDS2Facts(&kind.Env{}, kind.Product{Product: p})
	for _, tc := range []struct {
		idx  []int
		want string
	}{
		{[]int{0, 1}, "2575/tcp (HL7) on interface eth and 2575/tcp (HL7) on interface wifi"},
		{[]int{0, 2}, "2575/tcp (HL7) and 443/tcp (HTTPS)"},
	} {
		if got := f.portNames(tc.idx); got != tc.want {
			t.Errorf("portNames(%v) = %q, want %q", tc.idx, got, tc.want)
		}
	}
}
