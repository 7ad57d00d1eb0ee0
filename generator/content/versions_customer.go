package content

import (
	"fmt"
	"reflect"
	"slices"
)

// A version's changes of the customer security facts (customer.go), which
// the CSD and the MDS2 form of that version read: recommended controls,
// diagrams, infrastructure, logging events and logs, safeguards (keyed
// lists), and
// deployment, updates, backup, configuration and hardening (whole tables).

// applyCustomerChanges applies a version's changes of the customer
// security facts to q (a copy of the previous version), reporting every
// change that names an entry the previous version lacks (or adds one it
// has) at its key path under path.
func applyCustomerChanges(v *productValidator, path string, c VersionChanges, q *Product) {
	q.RecommendedControls = applyChanges(v, path+"recommended_controls", q.RecommendedControls, c.RecommendedControlsAdded, c.RecommendedControlsChanged, c.RecommendedControlsRemoved, func(x RecommendedControl) string { return x.ID }, "id")
	q.Diagrams = applyChanges(v, path+"diagrams", q.Diagrams, c.DiagramsAdded, c.DiagramsChanged, c.DiagramsRemoved, func(x Diagram) string { return x.ID }, "id")
	q.Infrastructure = applyChanges(v, path+"infrastructure", q.Infrastructure, c.InfrastructureAdded, c.InfrastructureChanged, c.InfrastructureRemoved, func(x InfrastructureRequirement) string { return x.Item }, "item")
	q.Logging.Events = applyChanges(v, path+"logging_events", q.Logging.Events, c.LoggingEventsAdded, c.LoggingEventsChanged, c.LoggingEventsRemoved, func(x SecurityEvent) string { return x.Event }, "event")
	q.Logging.Logs = applyChanges(v, path+"logging_logs", q.Logging.Logs, c.LoggingLogsAdded, c.LoggingLogsChanged, c.LoggingLogsRemoved, func(x Log) string { return x.ID }, "id")
	q.Safeguards = applyChanges(v, path+"safeguards", q.Safeguards, c.SafeguardsAdded, c.SafeguardsChanged, c.SafeguardsRemoved, func(x Safeguard) string { return x.Title }, "title")
	replaceTable(&q.Deployment, c.Deployment)
	replaceTable(&q.Updates, c.Updates)
	replaceTable(&q.Backup, c.Backup)
	replaceTable(&q.Configuration, c.Configuration)
	replaceTable(&q.Hardening, c.Hardening)
}

// customerTablesEmpty reports a version that restates none of the single
// customer tables.
func (c VersionChanges) customerTablesEmpty() bool {
	return isZero(c.Deployment) && isZero(c.Updates) && isZero(c.Backup) && isZero(c.Configuration) && isZero(c.Hardening)
}

func isZero[T any](x T) bool { return reflect.ValueOf(x).IsZero() }

// replaceTable sets *dst to a version's restated table, when it wrote one.
func replaceTable[T any](dst *T, restated T) {
	if !isZero(restated) {
		*dst = restated
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
