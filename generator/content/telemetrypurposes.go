package content

import "slices"

// The purposes remote_service.telemetry_purposes names.
const (
	TelemetryMaintenance        = "maintenance"
	TelemetryProductImprovement = "product_improvement"
)

// TelemetryPurposesStated reports telemetry sent (telemetry = true) whose
// purposes the product names (telemetry_purposes). Otherwise telemetry
// keeps the meaning its key documents, data for maintenance, so that
// products written before the key read as they did.
func (r RemoteService) TelemetryPurposesStated() bool {
	return r.Telemetry.IsTrue() && len(r.TelemetryPurposes) > 0
}

// TelemetryForMaintenance reports whether the device sends the
// manufacturer data about its working for maintenance, the question of
// MDS2 RMOT-2: telemetry as written where no purpose is stated, else
// whether the purposes name maintenance (telemetry for product
// improvement alone is not for maintenance).
func (r RemoteService) TelemetryForMaintenance() Tri {
	if !r.TelemetryPurposesStated() {
		return r.Telemetry
	}
	return TriOf(slices.Contains(r.TelemetryPurposes, TelemetryMaintenance))
}

// TelemetryPurposeText says what the telemetry is for, to follow "data
// about its working": "for maintenance" where no purpose is stated (the
// key's own meaning), else the purposes stated, in the product's order:
// "for product improvement", "for maintenance and product improvement".
func (r RemoteService) TelemetryPurposeText() string {
	if !r.TelemetryPurposesStated() {
		return "for maintenance"
	}
	var names []string
	for _, p := range r.TelemetryPurposes {
		var name string
		switch p {
		case TelemetryMaintenance:
			name = "maintenance"
		case TelemetryProductImprovement:
			name = "product improvement"
		}
		if name != "" && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return "for " + AndList(names)
}
