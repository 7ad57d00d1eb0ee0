package content

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// A version's changes of the customer security facts (customer.go), which
// the CSD and the MDS2 form of that version read: recommended controls,
// diagrams, infrastructure, logging events and logs, safeguards, remote
// control (keyed lists), and deployment, updates, backup, configuration, hardening and
// remote service (tables whose keys a version replaces one by one, so a
// later edit of a key the version does not restate reaches it too).

// applyCustomerChanges applies a version's changes of the customer
// security facts to q (a copy of the previous version), reporting every
// change that names an entry the previous version lacks (or adds one it
// has) at its key path under path.
func applyCustomerChanges(v *productValidator, path string, c VersionChanges, q *Product) {
	q.RecommendedControls = applyChanges(v, path+"recommended_controls", q.RecommendedControls, c.RecommendedControlsAdded, c.RecommendedControlsChanged, c.RecommendedControlsRemoved, func(x RecommendedControl) string { return x.ID }, "id")
	q.Diagrams = applyChanges(v, path+"diagrams", q.Diagrams, c.DiagramsAdded, c.DiagramsChanged, c.DiagramsRemoved, func(x Diagram) string { return x.ID }, "id")
	q.Infrastructure = applyChanges(v, path+"infrastructure", q.Infrastructure, c.InfrastructureAdded, c.InfrastructureChanged, c.InfrastructureRemoved, func(x InfrastructureRequirement) string { return x.Item }, "item")
	q.Platforms = applyChanges(v, path+"platforms", q.Platforms, c.PlatformsAdded, c.PlatformsChanged, c.PlatformsRemoved, func(x Platform) string { return x.Name }, "name")
	q.Logging.Events = applyChanges(v, path+"logging_events", q.Logging.Events, c.LoggingEventsAdded, c.LoggingEventsChanged, c.LoggingEventsRemoved, func(x SecurityEvent) string { return x.Event }, "event")
	q.Logging.Logs = applyChanges(v, path+"logging_logs", q.Logging.Logs, c.LoggingLogsAdded, c.LoggingLogsChanged, c.LoggingLogsRemoved, func(x Log) string { return x.ID }, "id")
	q.Safeguards = applyChanges(v, path+"safeguards", q.Safeguards, c.SafeguardsAdded, c.SafeguardsChanged, c.SafeguardsRemoved, func(x Safeguard) string { return x.Title }, "title")
	q.RemoteControl = applyChanges(v, path+"remote_control", q.RemoteControl, c.RemoteControlAdded, c.RemoteControlChanged, c.RemoteControlRemoved, func(x RemoteControl) string { return x.Name }, "name")
	mergeTable(v, path+"deployment", &q.Deployment, c.Deployment)
	mergeTable(v, path+"updates", &q.Updates, c.Updates)
	mergeTable(v, path+"backup", &q.Backup, c.Backup)
	mergeTable(v, path+"configuration", &q.Configuration, c.Configuration)
	mergeTable(v, path+"hardening", &q.Hardening, c.Hardening)
	mergeTable(v, path+"remote_service", &q.RemoteService, c.RemoteService)
}

// customerTablesEmpty reports a version that restates none of the single
// customer tables.
func (c VersionChanges) customerTablesEmpty() bool {
	return isZero(c.Deployment) && isZero(c.Updates) && isZero(c.Backup) && isZero(c.Configuration) && isZero(c.Hardening) && isZero(c.RemoteService)
}

// writesCustomerTable reports a version whose changes (at path) write one
// of the single customer tables, if only a key written empty, which
// customerTablesEmpty cannot see.
func (v *productValidator) writesCustomerTable(path string) bool {
	for _, t := range []string{"deployment", "updates", "backup", "configuration", "hardening", "remote_service"} {
		if v.p.Source.Has(path + t) {
			return true
		}
	}
	return false
}

// PatchKey is the key path at which this view's value of key, in one of
// the tables a version patches key by key (deployment, updates, backup,
// configuration, hardening, remote_service), is written: the last version
// up to this view's that restates it, else the top-level table.
func (p *Product) PatchKey(table, key string) string {
	path := table + "." + key
	if p.factsOf == "" {
		return path
	}
	for i, ver := range p.Base().Versions {
		if k := fmt.Sprintf("versions[%d].changes.%s.%s", i, table, key); p.Source.Has(k) {
			path = k
		}
		if ver.Version == p.factsOf {
			break
		}
	}
	return path
}

func isZero[T any](x T) bool { return reflect.ValueOf(x).IsZero() }

// mergeTable sets each key of *dst that a version's table at path writes
// (an empty list or string written on purpose included). When the previous
// version states no such table, the version's is the whole of it, so its
// required keys are reported where missing.
func mergeTable[T any](v *productValidator, path string, dst *T, written T) {
	if isZero(written) && !v.p.Source.Has(path) {
		return
	}
	fresh := isZero(*dst)
	d, w := reflect.ValueOf(dst).Elem(), reflect.ValueOf(written)
	for _, f := range Fields(reflect.TypeFor[T]()) {
		key := path + "." + f.Name
		if v.p.Source.Has(key) || !w.FieldByIndex(f.Index).IsZero() {
			d.FieldByIndex(f.Index).Set(w.FieldByIndex(f.Index))
		} else if fresh && f.Required {
			v.errorf(key, "missing required key: the previous version states no [%s] to keep it from (%s)", path[strings.LastIndexByte(path, '.')+1:], f.Doc)
		}
	}
}

// versionCustomerRefs checks what version i's changes of the customer
// facts refer to, against that version's view q: the logs an added or
// changed event names, the image of an added or changed diagram, the data
// store an added or changed log names, and
// no event of the version still naming a log the version removes.
func (v *productValidator) versionCustomerRefs(q *Product, i int) {
	c := q.Versions[i].Changes
	path := fmt.Sprintf("versions[%d].changes.", i)
	logs := map[string]bool{}
	for _, l := range q.Logging.Logs {
		logs[l.ID] = true
	}
	stores := map[string]bool{}
	for _, d := range q.DataStores {
		stores[d.ID] = true
	}
	for j, e := range c.LoggingEventsAdded {
		v.refs(fmt.Sprintf("%slogging_events_added[%d].logs", path, j), e.Logs, logs, "log")
	}
	for j, e := range c.LoggingEventsChanged {
		v.refs(fmt.Sprintf("%slogging_events_changed[%d].logs", path, j), e.Logs, logs, "log")
	}
	for j, d := range c.DiagramsAdded {
		v.diagramImage(fmt.Sprintf("%sdiagrams_added[%d].file", path, j), d)
	}
	for j, d := range c.DiagramsChanged {
		v.diagramImage(fmt.Sprintf("%sdiagrams_changed[%d].file", path, j), d)
	}
	for j, l := range c.LoggingLogsAdded {
		v.logEntry(fmt.Sprintf("%slogging_logs_added[%d]", path, j), l, stores)
	}
	for j, l := range c.LoggingLogsChanged {
		v.logEntry(fmt.Sprintf("%slogging_logs_changed[%d]", path, j), l, stores)
	}
	for j, id := range c.LoggingLogsRemoved {
		for _, e := range q.Logging.Events {
			if slices.Contains(e.Logs, id) {
				v.errorf(fmt.Sprintf("%slogging_logs_removed[%d]", path, j), "version %s removes log %q, which its event %q still names (change the event with logging_events_changed)", q.factsOf, id, e.Event)
			}
		}
	}
}

// everyRecommendedControl lists the recommended controls of every
// version: the first version's, then each one a later version adds or
// changes, with the key path each is written at.
func (p *Product) everyRecommendedControl() []written[RecommendedControl] {
	return everyWritten(p, "recommended_controls", p.RecommendedControls,
		func(c VersionChanges) []RecommendedControl { return c.RecommendedControlsAdded },
		func(c VersionChanges) []RecommendedControl { return c.RecommendedControlsChanged })
}
