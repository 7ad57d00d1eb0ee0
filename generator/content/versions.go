package content

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Facts belong to a version. The top-level parts, interfaces, ports, data stores,
// data flows, security settings, accounts, customer security facts (recommended
// controls, infrastructure, deployment, updates, logging, safeguards, backup,
// configuration, hardening), SBOM files and decommissioning steps are the
// facts of the first (oldest) version;
// each later version inherits the facts of the version before it and
// states only what it changed, in [versions.changes]:
//
//	[[versions]]
//	version = "4.2.1"
//	…
//	[versions.changes]
//	ports_removed = [8080]            # every port with this number
//	sbom_files = ["sbom-4.2.1.cdx.json"]
//
//	[[versions.changes.ports_added]]  # a whole [[ports]] entry
//	number = 4460
//	…
//
// parts, interfaces, data_stores and data_flows have _added (new IDs), _changed
// (a whole entry replacing the one with the same ID) and _removed (IDs);
// security_settings (keyed by name) and accounts (keyed by role) the same,
// as do recommended_controls, diagrams and logging_logs (by id), infrastructure (by
// item), logging_events (by event), safeguards (by title), remote_control (by
// name) and
// cloud_services (cloud.services, by name). The tables
// siem, deployment, updates, backup, configuration, hardening and
// decommissioning are restated whole, replacing the previous version's.
// description, use_environment and the cloud statement are the first
// version's too, and a later version may replace each (versions_text.go);
// intended_use stays product-wide, and a certification names the versions
// it covers (certifications.go).
// Product.At(version) is the product as that version is: every document
// about a version reads it.

// VersionChanges is what a version changed relative to the version before it.
type VersionChanges struct {
	PartsAdded           []Part                `toml:"parts_added" doc:"Parts this version adds (whole [[parts]] entries): a cloud service, companion app or gateway a later version introduces is then no part of the earlier versions' documents, nor counted by their derived MDS2 answers."`
	PartsChanged         []Part                `toml:"parts_changed" doc:"Parts this version changes: whole entries replacing those with the same id (a part that moves from the customer's servers to the manufacturer's cloud, or that another party now patches)."`
	PartsRemoved         []string              `toml:"parts_removed" doc:"IDs of the parts this version removes. Every interface, port, data store, data flow and related system of this version that names the part must be removed or changed with it."`
	InterfacesAdded      []Interface           `toml:"interfaces_added" doc:"Interfaces this version adds (whole [[interfaces]] entries)."`
	InterfacesChanged    []Interface           `toml:"interfaces_changed" doc:"Interfaces this version changes: whole entries replacing those with the same id."`
	InterfacesRemoved    []string              `toml:"interfaces_removed" doc:"IDs of the interfaces this version removes."`
	PortsAdded           []Port                `toml:"ports_added" doc:"Ports this version adds (whole [[ports]] entries)."`
	PortsRemoved         []int                 `toml:"ports_removed" jsp:"range=1 65535" doc:"Numbers of the ports this version removes (every port with the number; re-add the ones that stay)."`
	DataStoresAdded      []DataStore           `toml:"data_stores_added" doc:"Data stores this version adds."`
	DataStoresChanged    []DataStore           `toml:"data_stores_changed" doc:"Data stores this version changes: whole entries replacing those with the same id."`
	DataStoresRemoved    []string              `toml:"data_stores_removed" doc:"IDs of the data stores this version removes."`
	DataFlowsAdded       []DataFlow            `toml:"data_flows_added" doc:"Data flows this version adds."`
	DataFlowsChanged     []DataFlow            `toml:"data_flows_changed" doc:"Data flows this version changes: whole entries replacing those with the same id."`
	DataFlowsRemoved     []string              `toml:"data_flows_removed" doc:"IDs of the data flows this version removes."`
	SettingsAdded        []SecuritySetting     `toml:"security_settings_added" doc:"Security settings this version adds (whole [[security_settings]] entries)."`
	SettingsChanged      []SecuritySetting     `toml:"security_settings_changed" doc:"Security settings this version changes: whole entries replacing those with the same name."`
	SettingsRemoved      []string              `toml:"security_settings_removed" doc:"Names of the security settings this version removes."`
	AccountsAdded        []Account             `toml:"accounts_added" doc:"Accounts this version adds (whole [[accounts]] entries)."`
	AccountsChanged      []Account             `toml:"accounts_changed" doc:"Accounts this version changes: whole entries replacing those with the same role."`
	AccountsRemoved      []string              `toml:"accounts_removed" doc:"Roles of the accounts this version removes."`
	CloudServicesAdded   []CloudService        `toml:"cloud_services_added" doc:"Cloud or internet services this version adds (whole [[cloud.services]] entries): a service a later version starts to use is then no service of the earlier versions' CSD and MDS2 form."`
	CloudServicesChanged []CloudService        `toml:"cloud_services_changed" doc:"Cloud or internet services this version changes: whole entries replacing those with the same name (a service that gains an endpoint or a purpose)."`
	CloudServicesRemoved []string              `toml:"cloud_services_removed" doc:"Names of the cloud or internet services this version removes."`
	MDS2NotesChanged     []MDS2Note            `toml:"mds2_notes_changed" doc:"MDS2 notes this version changes: whole [[mds2.notes]] entries replacing those with the same number, for the version's own MDS2 form (documents.versions = \"supported\")."`
	MDS2AnswersChanged   map[string]MDS2Answer `toml:"mds2_answers_changed" doc:"MDS2 answers this version gives differently, keyed by question ID like [mds2.answers] and replacing the previous version's answer to that question, for the version's own MDS2 form (documents.versions = \"supported\")."`
	MDS2AnswersRemoved   []string              `toml:"mds2_answers_removed" doc:"IDs of the MDS2 questions whose previous version's answer this version drops, so that its own form answers them from its own data (an answer written for an earlier version that this version's data decide otherwise), or asks for an answer."`
	SIEM                 SIEM                  `toml:"siem" doc:"This version's forwarding to a SIEM, replacing the previous version's [logging.siem] (a whole table)."`
	SBOMFiles            []string              `toml:"sbom_files" doc:"This version's SBOM files, replacing the previous version's (relative to content/<product-id>/)."`
	Decommissioning      Decommissioning       `toml:"decommissioning" doc:"This version's decommissioning and sanitisation, replacing the previous version's (a whole [decommissioning] table)."`
	// The customer security facts the CSD and the MDS2 form read
	// (customer.go): keyed lists entry by entry, single tables whole.
	DiagramsAdded              []Diagram                   `toml:"diagrams_added" doc:"Diagrams this version adds (whole [[diagrams]] entries)."`
	DiagramsChanged            []Diagram                   `toml:"diagrams_changed" doc:"Diagrams this version changes: whole entries replacing those with the same id."`
	DiagramsRemoved            []string                    `toml:"diagrams_removed" doc:"IDs of the diagrams this version removes."`
	RecommendedControlsAdded   []RecommendedControl        `toml:"recommended_controls_added" doc:"Recommended controls this version adds (whole [[recommended_controls]] entries)."`
	RecommendedControlsChanged []RecommendedControl        `toml:"recommended_controls_changed" doc:"Recommended controls this version changes: whole entries replacing those with the same id."`
	RecommendedControlsRemoved []string                    `toml:"recommended_controls_removed" doc:"IDs of the recommended controls this version removes."`
	InfrastructureAdded        []InfrastructureRequirement `toml:"infrastructure_added" doc:"Infrastructure requirements this version adds (whole [[infrastructure]] entries)."`
	InfrastructureChanged      []InfrastructureRequirement `toml:"infrastructure_changed" doc:"Infrastructure requirements this version changes: whole entries replacing those with the same item."`
	InfrastructureRemoved      []string                    `toml:"infrastructure_removed" doc:"Items of the infrastructure requirements this version removes."`
	PlatformsAdded             []Platform                  `toml:"platforms_added" doc:"Platforms the customer supplies that this version adds (whole [[platforms]] entries): Windows 11 beside Windows 10."`
	PlatformsChanged           []Platform                  `toml:"platforms_changed" doc:"Platforms this version changes: whole entries replacing those with the same name (a platform version added or dropped)."`
	PlatformsRemoved           []string                    `toml:"platforms_removed" doc:"Names of the platforms this version no longer runs on."`
	LoggingEventsAdded         []SecurityEvent             `toml:"logging_events_added" doc:"Security events this version adds (whole [[logging.events]] entries)."`
	LoggingEventsChanged       []SecurityEvent             `toml:"logging_events_changed" doc:"Security events this version changes: whole entries replacing those with the same event."`
	LoggingEventsRemoved       []string                    `toml:"logging_events_removed" doc:"Events (the event text) of the security events this version removes."`
	LoggingLogsAdded           []Log                       `toml:"logging_logs_added" doc:"Logs this version adds (whole [[logging.logs]] entries)."`
	LoggingLogsChanged         []Log                       `toml:"logging_logs_changed" doc:"Logs this version changes: whole entries replacing those with the same id."`
	LoggingLogsRemoved         []string                    `toml:"logging_logs_removed" doc:"IDs of the logs this version removes."`
	SafeguardsAdded            []Safeguard                 `toml:"safeguards_added" doc:"Safeguards this version adds (whole [[safeguards]] entries)."`
	SafeguardsChanged          []Safeguard                 `toml:"safeguards_changed" doc:"Safeguards this version changes: whole entries replacing those with the same title."`
	SafeguardsRemoved          []string                    `toml:"safeguards_removed" doc:"Titles of the safeguards this version removes."`
	RemoteControlAdded         []RemoteControl             `toml:"remote_control_added" doc:"Remote control functions this version adds (whole [[remote_control]] entries): a function a later version brings is no function of the earlier versions' documents."`
	RemoteControlChanged       []RemoteControl             `toml:"remote_control_changed" doc:"Remote control functions this version changes: whole entries replacing those with the same name."`
	RemoteControlRemoved       []string                    `toml:"remote_control_removed" doc:"Names of the remote control functions this version removes."`
	Deployment                 Deployment                  `toml:"deployment" jsp:"patch" doc:"This version's deployment, servicing and incident steps: each key written replaces the same key of the previous version's [deployment]; keys left out are kept."`
	Updates                    Updates                     `toml:"updates" jsp:"patch" doc:"This version's update facts: each key written replaces the same key of the previous version's [updates]; keys left out are kept."`
	Backup                     Backup                      `toml:"backup" jsp:"patch" doc:"This version's backup and restore: each key written replaces the same key of the previous version's [backup]; keys left out are kept."`
	Configuration              ConfigurationManagement     `toml:"configuration" jsp:"patch" doc:"This version's configuration management: each key written replaces the same key of the previous version's [configuration]; keys left out are kept."`
	Hardening                  Hardening                   `toml:"hardening" jsp:"patch" doc:"This version's secure configuration as shipped: each key written replaces the same key of the previous version's [hardening]; keys left out are kept."`
	RemoteService              RemoteService               `toml:"remote_service" jsp:"patch" doc:"This version's remote service and other remote functions: each key written replaces the same key of the previous version's [remote_service]; keys left out are kept."`
	// The descriptive texts (versions_text.go).
	Description    string `toml:"description" jsp:"markdown" doc:"This version's device description, replacing the previous version's (the top-level description is the first version's): write it when the version adds or drops something the description speaks of, so that an older version's MDS2 form (DOC-2) does not describe a later version's feature. The security plan and the product page print the current version's."`
	UseEnvironment string `toml:"use_environment" doc:"This version's use environment, replacing the previous version's (the top-level use_environment is the first version's): write it when the version is used somewhere else or joins other networks (a cloud service it starts to reach, a home-use mode), so that an older version's CSD and MDS2 form (DOC-6) do not describe a later version's."`
	CloudStatement string `toml:"cloud_statement" doc:"This version's [cloud] statement, replacing the previous version's (the top-level cloud.statement is the first version's): write it when the version starts or stops needing something outside the customer's network, beside cloud_services_added or _removed, so that an older version's CSD does not describe a service only a later version uses."`
}

// Empty reports a version that changes nothing.
func (c VersionChanges) Empty() bool {
	return len(c.PartsAdded)+len(c.PartsChanged)+len(c.PartsRemoved)+
		len(c.InterfacesAdded)+len(c.InterfacesChanged)+len(c.InterfacesRemoved)+len(c.PortsAdded)+len(c.PortsRemoved)+
		len(c.DataStoresAdded)+len(c.DataStoresChanged)+len(c.DataStoresRemoved)+len(c.DataFlowsAdded)+len(c.DataFlowsChanged)+
		len(c.DataFlowsRemoved)+len(c.SettingsAdded)+len(c.SettingsChanged)+len(c.SettingsRemoved)+
		len(c.AccountsAdded)+len(c.AccountsChanged)+len(c.AccountsRemoved)+len(c.MDS2NotesChanged)+len(c.MDS2AnswersChanged)+len(c.MDS2AnswersRemoved)+
		len(c.CloudServicesAdded)+len(c.CloudServicesChanged)+len(c.CloudServicesRemoved)+
		len(c.DiagramsAdded)+len(c.DiagramsChanged)+len(c.DiagramsRemoved)+
		len(c.RecommendedControlsAdded)+len(c.RecommendedControlsChanged)+len(c.RecommendedControlsRemoved)+
		len(c.InfrastructureAdded)+len(c.InfrastructureChanged)+len(c.InfrastructureRemoved)+
		len(c.PlatformsAdded)+len(c.PlatformsChanged)+len(c.PlatformsRemoved)+
		len(c.LoggingEventsAdded)+len(c.LoggingEventsChanged)+len(c.LoggingEventsRemoved)+
		len(c.LoggingLogsAdded)+len(c.LoggingLogsChanged)+len(c.LoggingLogsRemoved)+
		len(c.SafeguardsAdded)+len(c.SafeguardsChanged)+len(c.SafeguardsRemoved)+
		len(c.RemoteControlAdded)+len(c.RemoteControlChanged)+len(c.RemoteControlRemoved)+len(c.SBOMFiles)+len(c.Decommissioning.Steps) == 0 && c.SIEM == SIEM{} && c.customerTablesEmpty() && c.textsEmpty()
}

// At returns the product as version v is: the first version's facts with
// every later version's changes up to v applied. It returns the product
// itself for an unknown version, and for the first version.
func (p *Product) At(v string) *Product {
	base := p
	if p.base != nil {
		base = p.base
	}
	if q, ok := base.views[v]; ok {
		return q
	}
	return base
}

// Base is the product as written: the first version's facts.
func (p *Product) Base() *Product {
	if p.base != nil {
		return p.base
	}
	return p
}

// VersionFacts is the version whose facts this view holds ("" for the
// product as written, the first version's facts).
func (p *Product) VersionFacts() string { return p.factsOf }

// Current is the product as the version documents speak about is
// (DescribedVersion: the version current on d, else the first to become
// generally available).
func (p *Product) Current(d Date) *Product {
	if v := p.DescribedVersion(d); v != nil {
		return p.At(v.Version)
	}
	return p.Base()
}

// resolveVersions computes the view of every version and reports every
// change that names something the previous version does not have.
func (v *productValidator) resolveVersions() {
	p := v.p
	p.views = map[string]*Product{}
	setAt(p.Parts, "parts", func(x *Part) *string { return &x.At })
	setAt(p.Interfaces, "interfaces", func(x *Interface) *string { return &x.At })
	setAt(p.Ports, "ports", func(x *Port) *string { return &x.At })
	setAt(p.DataStores, "data_stores", func(x *DataStore) *string { return &x.At })
	setAt(p.DataFlows, "data_flows", func(x *DataFlow) *string { return &x.At })
	setAt(p.Accounts, "accounts", func(x *Account) *string { return &x.At })
	setAt(p.Cloud.Services, "cloud.services", func(x *CloudService) *string { return &x.At })
	setAt(p.RecommendedControls, "recommended_controls", func(x *RecommendedControl) *string { return &x.At })
	prev := p
	for i, ver := range p.Versions {
		path := fmt.Sprintf("versions[%d].changes.", i)
		c := ver.Changes
		if i == 0 {
			if !c.Empty() || v.writesCustomerTable(path) || v.writesText(path) {
				v.errorf(fmt.Sprintf("versions[%d].changes", i), "the first version has no version before it to change: its facts are the top-level ones ([[parts]], [[interfaces]], [[ports]], [[data_stores]], [[data_flows]], [[security_settings]], [[accounts]], the customer security facts, [logging], [sbom], [decommissioning], description, use_environment, [cloud])")
			}
			p.views[ver.Version] = p
			p.factsOf = ver.Version
			continue
		}
		if c.Empty() && !v.writesCustomerTable(path) && !v.writesText(path) {
			p.views[ver.Version] = prev
			continue
		}
		q := *prev
		q.base, q.views, q.factsOf = p, nil, ver.Version
		setAt(c.PartsAdded, path+"parts_added", func(x *Part) *string { return &x.At })
		setAt(c.PartsChanged, path+"parts_changed", func(x *Part) *string { return &x.At })
		q.Parts = v.versionParts(path, ver.Version, prev.Parts, c)
		setAt(c.InterfacesAdded, path+"interfaces_added", func(x *Interface) *string { return &x.At })
		setAt(c.InterfacesChanged, path+"interfaces_changed", func(x *Interface) *string { return &x.At })
		setAt(c.PortsAdded, path+"ports_added", func(x *Port) *string { return &x.At })
		setAt(c.DataStoresAdded, path+"data_stores_added", func(x *DataStore) *string { return &x.At })
		setAt(c.DataStoresChanged, path+"data_stores_changed", func(x *DataStore) *string { return &x.At })
		setAt(c.DataFlowsAdded, path+"data_flows_added", func(x *DataFlow) *string { return &x.At })
		setAt(c.DataFlowsChanged, path+"data_flows_changed", func(x *DataFlow) *string { return &x.At })
		setAt(c.AccountsAdded, path+"accounts_added", func(x *Account) *string { return &x.At })
		setAt(c.AccountsChanged, path+"accounts_changed", func(x *Account) *string { return &x.At })
		setAt(c.CloudServicesAdded, path+"cloud_services_added", func(x *CloudService) *string { return &x.At })
		setAt(c.CloudServicesChanged, path+"cloud_services_changed", func(x *CloudService) *string { return &x.At })
		setAt(c.RecommendedControlsAdded, path+"recommended_controls_added", func(x *RecommendedControl) *string { return &x.At })
		setAt(c.RecommendedControlsChanged, path+"recommended_controls_changed", func(x *RecommendedControl) *string { return &x.At })
		// An entry a version adds that names no part belongs to that
		// version's default part: its parts may differ from the first's.
		fillParts(&q, c.InterfacesAdded, nil, nil)
		fillParts(&q, c.InterfacesChanged, nil, nil)
		q.Interfaces = applyChanges(v, path+"interfaces", prev.Interfaces, c.InterfacesAdded, c.InterfacesChanged, c.InterfacesRemoved, func(x Interface) string { return x.ID }, "id")
		// A port's part comes from its interface in this version.
		fillParts(&q, q.Interfaces, c.PortsAdded, c.DataStoresAdded)
		fillParts(&q, q.Interfaces, nil, c.DataStoresChanged)
		q.Ports = slices.Clone(prev.Ports)
		for j, n := range c.PortsRemoved {
			before := len(q.Ports)
			q.Ports = slices.DeleteFunc(q.Ports, func(pt Port) bool { return pt.Number == n })
			if len(q.Ports) == before {
				v.errorf(fmt.Sprintf("%sports_removed[%d]", path, j), "version %s removes port %d, which version %s does not have", ver.Version, n, p.Versions[i-1].Version)
			}
		}
		q.Ports = append(q.Ports, c.PortsAdded...)
		q.DataStores = applyChanges(v, path+"data_stores", prev.DataStores, c.DataStoresAdded, c.DataStoresChanged, c.DataStoresRemoved, func(x DataStore) string { return x.ID }, "id")
		q.DataFlows = applyChanges(v, path+"data_flows", prev.DataFlows, c.DataFlowsAdded, c.DataFlowsChanged, c.DataFlowsRemoved, func(x DataFlow) string { return x.ID }, "id")
		q.SecuritySettings = applyChanges(v, path+"security_settings", prev.SecuritySettings, c.SettingsAdded, c.SettingsChanged, c.SettingsRemoved, settingName, "name")
		q.Accounts = applyChanges(v, path+"accounts", prev.Accounts, c.AccountsAdded, c.AccountsChanged, c.AccountsRemoved, accountRole, "role")
		q.Cloud.Services = applyChanges(v, path+"cloud_services", prev.Cloud.Services, c.CloudServicesAdded, c.CloudServicesChanged, c.CloudServicesRemoved, serviceName, "name")
		if c.SIEM != (SIEM{}) {
			q.Logging.SIEM, q.Logging.siemAt = c.SIEM, path+"siem"
		}
		if len(c.MDS2NotesChanged) > 0 {
			q.MDS2.Notes = slices.Clone(prev.MDS2.Notes)
			for j, n := range c.MDS2NotesChanged {
				k := slices.IndexFunc(q.MDS2.Notes, func(x MDS2Note) bool { return x.Number == n.Number })
				if k < 0 {
					v.errorf(fmt.Sprintf("%smds2_notes_changed[%d].number", path, j), "changes note %d, which the previous version's [[mds2.notes]] do not have", n.Number)
					continue
				}
				q.MDS2.Notes[k] = n
			}
		}
		if len(c.MDS2AnswersChanged) > 0 || len(c.MDS2AnswersRemoved) > 0 {
			q.MDS2.Answers = maps.Clone(prev.MDS2.Answers)
			q.MDS2.answerPaths = maps.Clone(prev.MDS2.answerPaths)
			q.MDS2.answeredIn = maps.Clone(prev.MDS2.answeredIn)
			q.MDS2.replaced = maps.Clone(prev.MDS2.replaced)
			if q.MDS2.Answers == nil {
				q.MDS2.Answers = map[string]MDS2Answer{}
			}
			if q.MDS2.answerPaths == nil {
				q.MDS2.answerPaths = map[string]string{}
			}
			if q.MDS2.answeredIn == nil {
				q.MDS2.answeredIn = map[string]string{}
			}
			if q.MDS2.replaced == nil {
				q.MDS2.replaced = map[string]MDS2Answer{}
			}
			for j, id := range c.MDS2AnswersRemoved {
				at := fmt.Sprintf("%smds2_answers_removed[%d]", path, j)
				switch _, changed := c.MDS2AnswersChanged[id]; {
				case changed:
					v.errorf(at, "version %s both changes and removes the answer to %s: keep one", ver.Version, id)
					continue
				case slices.Index(c.MDS2AnswersRemoved, id) != j:
					v.errorf(at, "%s listed twice", id)
					continue
				}
				if _, ok := prev.MDS2.Answers[id]; !ok {
					v.errorf(at, "removes the answer to %s, which version %s does not give", id, p.Versions[i-1].Version)
					continue
				}
				delete(q.MDS2.Answers, id)
				delete(q.MDS2.answerPaths, id)
				delete(q.MDS2.answeredIn, id)
				delete(q.MDS2.replaced, id)
			}
			for id, a := range c.MDS2AnswersChanged {
				if old, ok := prev.MDS2.Answers[id]; ok {
					q.MDS2.replaced[id] = old
				} else {
					delete(q.MDS2.replaced, id)
				}
				q.MDS2.Answers[id] = a
				q.MDS2.answerPaths[id] = path + "mds2_answers_changed." + id
				q.MDS2.answeredIn[id] = ver.Version
			}
		}
		if len(c.SBOMFiles) > 0 {
			q.SBOM.Files = slices.Clone(c.SBOMFiles)
			q.SBOM.FilesAt = path + "sbom_files"
		}
		if len(c.Decommissioning.Steps) > 0 {
			q.Decommissioning = c.Decommissioning
		}
		applyCustomerChanges(v, path, c, &q)
		if v.p.Source.Has(path+"updates.recipients") || v.p.Source.Has(path+"updates.agreement") {
			v.validateUpdateRecipients(&q)
		}
		v.applyTexts(path, i, c, prev, &q)
		v.versionRefs(&q, i)
		p.views[ver.Version] = &q
		prev = &q
	}
}

// versionRefs checks a version's view: every port and flow names an
// interface the version has, and the entries it added or changed name
// known parts.
func (v *productValidator) versionRefs(q *Product, i int) {
	ifaces := map[string]bool{}
	for _, it := range q.Interfaces {
		ifaces[it.ID] = true
	}
	ver := q.factsOf
	v.modelRefs(q)
	// A top-level entry on an interface the top level lacks is reported
	// by run as unknown; one version's entry is reported once, in the
	// first version whose view lacks the interface.
	top := map[string]bool{}
	for _, it := range q.base.Interfaces {
		top[it.ID] = true
	}
	reported := func(at, iface string) bool {
		return !strings.HasPrefix(at, "versions[") && !top[iface] || v.erredAt(at+".interface")
	}
	for _, pt := range q.Ports {
		if !ifaces[pt.Interface] && pt.Interface != "" && !reported(pt.At, pt.Interface) {
			v.errorf(pt.At+".interface", "in version %s, port %d/%s is on interface %q, which that version does not have (want one of %s)", ver, pt.Number, pt.Transport, pt.Interface, keysOf(ifaces))
		}
	}
	for _, f := range q.DataFlows {
		if f.Interface != "" && !ifaces[f.Interface] && !reported(f.At, f.Interface) {
			v.errorf(f.At+".interface", "in version %s, flow %s uses interface %q, which that version does not have (want one of %s)", ver, f.ID, f.Interface, keysOf(ifaces))
		}
	}
	c := q.Versions[i].Changes
	for _, it := range append(slices.Clone(c.InterfacesAdded), c.InterfacesChanged...) {
		v.checkPartOf(q, it.At+".part", it.Part)
	}
	for _, pt := range c.PortsAdded {
		if ifaces[pt.Interface] || pt.Part != "" { // else missing only as its unknown interface is (reported above)
			v.checkPartOf(q, pt.At+".part", pt.Part)
		}
		if pt.PeerPart != "" {
			v.checkPartOf(q, pt.At+".peer_part", pt.PeerPart)
		}
	}
	for _, d := range append(slices.Clone(c.DataStoresAdded), c.DataStoresChanged...) {
		v.checkPartOf(q, d.At+".part", d.Part)
	}
	v.removedPartsNamed(q, i)
	for _, s := range append(slices.Clone(c.CloudServicesAdded), c.CloudServicesChanged...) {
		v.endpoints(s.At+".endpoints", s.Endpoints)
	}
	path := fmt.Sprintf("versions[%d].changes.", i)
	v.settingRisks(path+"security_settings_added", c.SettingsAdded)
	v.settingRisks(path+"security_settings_changed", c.SettingsChanged)
	if c.SIEM != (SIEM{}) {
		v.siem(path+"siem", c.SIEM)
	}
	v.versionCustomerRefs(q, i)
	parts := map[string]bool{}
	for _, pt := range q.AllParts() {
		parts[pt.ID] = true
	}
	for _, f := range append(slices.Clone(c.DataFlowsAdded), c.DataFlowsChanged...) {
		if f.Interface == "" && !q.FlowOutsideProduct(f) && (!parts[f.From] || !parts[f.To] || len(q.Parts) == 0) {
			v.errorf(f.At+".interface", "missing: a flow names the interface it uses, unless from and to both name [[parts]], or neither names a part that runs the product's software (a flow between outside systems or parts of the customer's own infrastructure, runs = customer_infrastructure) (parts: %s)", keysOf(parts))
		}
	}
}

// applyChanges applies added, changed and removed entries (by ID, the
// entry's key field) to the previous version's list, reporting an added
// ID that exists and a changed or removed ID that does not.
func applyChanges[T any](v *productValidator, path string, prev, added, changed []T, removed []string, id func(T) string, key string) []T {
	out := slices.Clone(prev)
	index := func(k string) int { return slices.IndexFunc(out, func(x T) bool { return id(x) == k }) }
	for j, k := range removed {
		if i := index(k); i >= 0 {
			out = slices.Delete(out, i, i+1)
		} else {
			v.errorf(fmt.Sprintf("%s_removed[%d]", path, j), "removes %q, which the previous version does not have", k)
		}
	}
	for j, x := range changed {
		if i := index(id(x)); i >= 0 {
			out[i] = x
		} else {
			v.errorf(fmt.Sprintf("%s_changed[%d].%s", path, j, key), "changes %q, which the previous version does not have (add it with %s_added)", id(x), lastSeg(path))
		}
	}
	for j, x := range added {
		if index(id(x)) >= 0 {
			v.errorf(fmt.Sprintf("%s_added[%d].%s", path, j, key), "adds %q, which the previous version already has (change it with %s_changed)", id(x), lastSeg(path))
			continue
		}
		out = append(out, x)
	}
	return out
}

func settingName(s SecuritySetting) string { return s.Name }
func accountRole(a Account) string         { return a.Role }
func serviceName(s CloudService) string    { return s.Name }

func lastSeg(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[i+1:]
		}
	}
	return path
}

// setAt records where each entry of a list is written: list[i].
func setAt[T any](list []T, path string, at func(*T) *string) {
	for i := range list {
		*at(&list[i]) = path + "[" + strconv.Itoa(i) + "]"
	}
}

// AtOr is an entry's key path (At), or fallback when the entry was not
// read from a file (tests build products in Go).
func AtOr(at, fallback string) string {
	if at != "" {
		return at
	}
	return fallback
}

// versionSet is the set of p's version strings, against which the
// validation checks the version lists of other entries (v.refs).
func (p *Product) versionSet() map[string]bool {
	set := make(map[string]bool, len(p.Versions))
	for _, ver := range p.Versions {
		set[ver.Version] = true
	}
	return set
}
