package content

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // decode JPEG headers
	_ "image/png"  // decode PNG headers
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/input"
)

// customer checks the customer security facts: references, diagram
// images, settings that raise risk, port endpoints, and the CSD's document
// control.
func (v *productValidator) customer() {
	p := v.p
	v.unique("recommended_controls", "id", len(p.RecommendedControls), func(i int) string { return p.RecommendedControls[i].ID })
	// Keys a version's changes name entries by.
	v.unique("infrastructure", "item", len(p.Infrastructure), func(i int) string { return p.Infrastructure[i].Item })
	v.unique("logging.events", "event", len(p.Logging.Events), func(i int) string { return p.Logging.Events[i].Event })
	v.unique("safeguards", "title", len(p.Safeguards), func(i int) string { return p.Safeguards[i].Title })
	v.unique("diagrams", "id", len(p.Diagrams), func(i int) string { return p.Diagrams[i].ID })
	logs := v.unique("logging.logs", "id", len(p.Logging.Logs), func(i int) string { return p.Logging.Logs[i].ID })
	stores := map[string]bool{}
	for _, d := range p.DataStores {
		stores[d.ID] = true
	}

	for i, d := range p.Diagrams {
		v.diagram(i, d)
	}
	for i, e := range p.Logging.Events {
		v.refs(fmt.Sprintf("logging.events[%d].logs", i), e.Logs, logs, "log")
	}
	for i, l := range p.Logging.Logs {
		v.logEntry(fmt.Sprintf("logging.logs[%d]", i), l, stores)
	}
	v.siem("logging.siem", p.Logging.SIEM)
	v.unique("security_settings", "name", len(p.SecuritySettings), func(i int) string { return p.SecuritySettings[i].Name })
	v.unique("accounts", "role", len(p.Accounts), func(i int) string { return p.Accounts[i].Role })
	v.accountAuthentication()
	v.accountAutoLogon()
	v.settingRisks("security_settings", p.SecuritySettings)
	for i, c := range p.Cloud.Services {
		v.endpoints(fmt.Sprintf("cloud.services[%d].endpoints", i), c.Endpoints)
	}
	// A version changes or removes a service by its name, which must then
	// name one service.
	if slices.ContainsFunc(p.Versions, func(ver Version) bool {
		return len(ver.Changes.CloudServicesChanged)+len(ver.Changes.CloudServicesRemoved) > 0
	}) {
		v.unique("cloud.services", "name", len(p.Cloud.Services), func(i int) string { return p.Cloud.Services[i].Name })
	}
	v.ports()
	if v.p.HasControl("csd", v.p.Documents.CSD) {
		v.document("documents.csd", p.Documents.CSD)
	}
}

// logEntry checks one log, at path: it names the data store (one of
// stores) that holds it, or gives its own location and retention.
func (v *productValidator) logEntry(path string, l Log, stores map[string]bool) {
	if l.DataStore != "" {
		v.refs(path+".data_store", []string{l.DataStore}, stores, "data store")
		if l.Location != "" {
			v.errorf(path+".location", "give either data_store or location, not both: the location of data store %q is used", l.DataStore)
		}
		return
	}
	if strings.TrimSpace(l.Location) == "" {
		v.errorf(path, "missing location: give data_store (the ID of the data store that holds the log) or location")
	}
	if strings.TrimSpace(l.Retention) == "" {
		v.errorf(path, "missing retention: give data_store (the ID of the data store that holds the log) or retention")
	}
}

// siem checks one statement of SIEM forwarding, at path: forwarding that
// is supported says its format and transport.
func (v *productValidator) siem(path string, s SIEM) {
	if !s.Supported.IsTrue() {
		return
	}
	if strings.TrimSpace(s.Format) == "" {
		v.errorf(path+".format", "missing: SIEM forwarding is supported, so say which message format it uses")
	}
	if strings.TrimSpace(s.Transport) == "" {
		v.errorf(path+".transport", "missing: SIEM forwarding is supported, so say which transport it uses")
	}
}

// settingRisks reports each setting of list (at path[i]) marked as
// raising risk that does not say what the risk is.
func (v *productValidator) settingRisks(path string, list []SecuritySetting) {
	for i, s := range list {
		if s.RaisesRisk.IsTrue() && strings.TrimSpace(s.Risk) == "" {
			v.errorf(fmt.Sprintf("%s[%d].risk", path, i), "missing: a setting whose change raises risk must say what the risk is")
		}
	}
}

// ports adds to the port rules of the decoder (range, transport, direction)
// and of run (duplicates, interface references): endpoints must be
// sensible, outbound ports need approved endpoints (except on a link
// internal to the product, which needs no firewall rule, and on one to a
// part of the product on the customer's network, peer_part, which the
// firewall rules name as the other end: a scanner's console to the
// remote-service gateway in the hospital's DMZ, whose address the
// hospital gives it, or to a service the manufacturer hosts whose
// listener for it names its endpoints), and ports live on interfaces
// that carry IP traffic.
func (v *productValidator) ports() {
	p := v.p
	kinds := map[string]InterfaceKind{}
	for _, i := range p.Interfaces {
		kinds[i.ID] = i.Kind
	}
	for i, pt := range p.Ports {
		path := fmt.Sprintf("ports[%d]", i)
		v.endpoints(path+".endpoints", pt.Endpoints)
		// a port whose direction is not stated may be one the part
		// connects out on: the warning says so, not that it is
		used := " is used outbound"
		if !pt.DirectionStated() {
			used = ", whose direction is not stated, may be used outbound"
		}
		switch {
		case !endpointsPrinted(p):
			// No built document prints the ports' endpoints (an MDS2
			// form alone): nobody reads them there.
		case pt.Direction == "in" || len(pt.Endpoints) > 0 || p.InternalPort(pt):
		case pt.PeerPart != "" && (p.Part(pt.PeerPart).Runs.OnCustomerNetwork() || p.PartOnCustomerSide(p.Part(pt.PeerPart))):
			// The rules name that part as the other end, as they name
			// any part on the customer's side (PartOnCustomerSide: the
			// product's app on the hospital's own computers too).
		case pt.PeerPart != "" && len(p.listenerEndpoints(p.Part(pt.PeerPart), p.PartOfPort(pt), pt)) > 0:
			// The service it names gives, on its listener for this part,
			// the host names: the ports tables and the rules print them.
		case p.CarrierPort(pt) && !p.Produces("csd"):
			v.warnf(path+".endpoints", "port %d/%s%s on a cellular interface but names no approved endpoint; the readers of the ports table need the destinations of every port: write endpoints, the host names it connects to", pt.Number, pt.Transport, used)
		case p.CarrierPort(pt) && p.FDAAsksNothing():
			// FDA's labeling items are for devices marketed in the United
			// States: other readers are owed the destinations all the same.
			v.warnf(path+".endpoints", "port %d/%s%s on a cellular interface but names no approved endpoint; the CSD's readers need the destinations of every port: write endpoints, the host names it connects to", pt.Number, pt.Transport, used)
		case p.CarrierPort(pt):
			// Its traffic passes no customer's firewall: the endpoints
			// are owed to the reader, not to a firewall rule.
			v.warnf(path+".endpoints", "port %d/%s%s on a cellular interface but names no approved endpoint; FDA labeling item 3 asks for the destinations of every port: write endpoints, the host names it connects to", pt.Number, pt.Transport, used)
		case p.FDAAsksNothing() || !p.Produces("csd"):
			// FDA labeling item 3 is the CSD's: without it the
			// customers' firewall rules still need the destinations.
			// Customers are named as the documents name them (a clinic
			// is no hospital).
			v.warnf(path+".endpoints", "port %d/%s%s but names no approved endpoint; %ss need the destinations to write firewall rules%s", pt.Number, pt.Transport, used, p.customerWord(), p.endpointsHint())
		default:
			v.warnf(path+".endpoints", "port %d/%s%s but names no approved endpoint; %ss need the destinations to write firewall rules (FDA labeling item 3)%s", pt.Number, pt.Transport, used, p.customerWord(), p.endpointsHint())
		}
		if k, ok := kinds[pt.Interface]; ok && !k.CarriesIP() {
			v.errorf(path+".interface", "interface %q is of kind %s, which carries no IP traffic; a network port needs an interface of kind %s", pt.Interface, k, OrList(ipKinds()))
		}
	}
}

// endpoints checks a list of approved endpoints: no empty entries, no
// repeats, no wildcards that approve everything.
func (v *productValidator) endpoints(path string, list []string) {
	seen := map[string]int{}
	for j, e := range list {
		epath := fmt.Sprintf("%s[%d]", path, j)
		t := strings.TrimSpace(e)
		switch {
		case t == "":
			v.errorf(epath, "want an endpoint (host name, address, network or a described server); got an empty string")
		case t == "*" || t == "0.0.0.0/0" || t == "::/0" || strings.EqualFold(t, "any"):
			v.errorf(epath, "want the approved endpoints; got %q, which approves any host (leave endpoints empty only for ports that accept any peer)", e)
		}
		if k, ok := seen[strings.ToLower(t)]; ok && t != "" {
			v.errorf(epath, "duplicate endpoint %q (first at %s[%d])", e, path, k)
			continue
		}
		seen[strings.ToLower(t)] = j
	}
}

// diagram checks that a diagram's file is a PNG or JPEG image inside the
// product's asset folder, content/<product-id>/, by decoding its header.
func (v *productValidator) diagram(i int, d Diagram) {
	v.diagramImage(fmt.Sprintf("diagrams[%d].file", i), d)
}

// diagramImage checks the image file d.File named at path (a diagram's,
// or a hand-drawn architecture view's).
func (v *productValidator) diagramImage(path string, d Diagram) {
	if d.File == "" {
		return // reported by the decoder
	}
	v.imageFile(path, d.File)
}

// imageFile checks that file names a PNG or JPEG image inside the
// product's asset folder, content/<product-id>/, by decoding its header.
func (v *productValidator) imageFile(path, file string) {
	data, ok := v.assetFile(path, file, "image", input.MaxImage)
	if !ok {
		return
	}
	shown := filepath.ToSlash(filepath.Join(v.assetDir(), filepath.FromSlash(file)))
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	switch {
	case err != nil:
		v.errorf(path, "want a PNG or JPEG image; %s is not one (%v)", shown, err)
	case format != "png" && format != "jpeg":
		v.errorf(path, "want a PNG or JPEG image; got %s", format)
	case cfg.Width <= 0 || cfg.Height <= 0:
		v.errorf(path, "image %s has no pixels", shown)
	}
}

// assetDir is the product's asset folder, content/<product-id>/.
func (v *productValidator) assetDir() string {
	return filepath.Join(filepath.Dir(filepath.FromSlash(v.p.Source.File)), v.p.ID)
}

// assetFile reads file (what: "image", "file") from the product's asset
// folder; a path that leaves the folder or a missing file is an error at
// path.
func (v *productValidator) assetFile(path, file, what string, limit int64) ([]byte, bool) {
	rel := filepath.FromSlash(file)
	if !filepath.IsLocal(rel) || strings.Contains(file, "\\") || strings.Contains(file, "://") {
		v.errorf(path, "want a path inside content/%s/; got %q", v.p.ID, file)
		return nil, false
	}
	if !ValidSlug(v.p.ID) {
		return nil, false // the product ID is reported; there is no asset folder to look in
	}
	data, err := input.ReadFile(v.assetDir(), file, limit)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			v.errorf(path, "%s %s not found (paths are relative to content/%s/)", what, filepath.ToSlash(filepath.Join(v.assetDir(), rel)), v.p.ID)
		} else {
			v.errorf(path, "%s %v", what, err)
		}
		return nil, false
	}
	return data, true
}

// ipKinds are the interface kinds a network port can be reachable on.
func ipKinds() []string {
	var out []string
	for _, k := range InterfaceKind("").Values() {
		if InterfaceKind(k).CarriesIP() {
			out = append(out, k)
		}
	}
	return out
}

// endpointsPrinted reports whether the build writes a document that
// prints every port with its approved endpoints: the CSD, the security
// plan, or the notices (the ports to block or allow).
func endpointsPrinted(p *Product) bool {
	return p.Produces("csd") || p.Produces("security_plan") || p.Produces("notices")
}
