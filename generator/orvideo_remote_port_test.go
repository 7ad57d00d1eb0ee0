package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOrvideoRemoteServiceListenerForOthers: orvideo's remote service
// connects in to the recorder, whose only listening port is the RTSP
// stream to the teaching-room viewer (off as shipped). That port counted
// as carrying the remote service, so the CSD's key facts said "None", the
// plan "listen on no port", the final deny had no caveat and check was
// silent. The port the remote service connects in on is now not stated.
func TestOrvideoRemoteServiceListenerForOthers(t *testing.T) {
	const connects = "Strata Medical GmbH's remote service connects in to the Lumenor recorder on a port that is not stated"
	site := buildFixture(t, "orvideo")
	csd := site("orrecord/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Ports listening on the hospital network as shipped | Not stated | Can be enabled: TCP 322 (Lumenor recorder). "+connects+".",
		"The product data state no port for the remote-service connection by which Strata Medical GmbH reaches the Lumenor recorder: check which connection it needs before applying rule 5, the final deny, and allow it.")
	kindtest.SaysNone(t, "csd.md", csd, "| Ports listening on the hospital network as shipped | None |")
	plan := site("orrecord/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, "As shipped, the parts on the customer's network listen on no port listed below; 322/TCP (Lumenor recorder) can be enabled; "+connects+".")

	// an edit of a comment only: buildFixture keeps no warnings
	_, res := buildFixtureEdited(t, "orvideo", "orrecord.toml", kindtest.Replace("# Remote service by Strata", "#  Remote service by Strata"))
	var warned bool
	for _, d := range res.Warnings {
		warned = warned || strings.Contains(d.Message, `says the manufacturer connects in to the Lumenor recorder, but no port of the Lumenor recorder listens for it (TCP 322 (RTSP over TLS) is for Teaching-room viewer only)`)
	}
	if !warned {
		t.Errorf("no warning about the remote service with no port: %v", res.Warnings)
	}
}
