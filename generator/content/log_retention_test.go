package content

import "testing"

// TestLogRetentionFromLogsStore: pocketus's audit log lives in the
// cloud study store, which holds studies, personal data and credentials
// as well as logs; the CSD printed the studies' retention ("as the
// organisation sets, 1 to 10 years") as the log's, beside its own
// rotation of 6 years. A store's retention is the log's only when the
// store holds logs and nothing else but the PHI or PII log records carry
// (the example's pump event log, logs and PHI; its cloud audit log, logs
// and PII); else the log's retention is not stated. The log's own
// retention always wins.
func TestLogRetentionFromLogsStore(t *testing.T) {
	const storeRetention = "As the organisation sets, 1 to 10 years."
	for _, tc := range []struct {
		name      string
		data      DataKinds
		own, want string
	}{
		{"store of logs only", DataKinds{"logs"}, "", storeRetention},
		{"store of logs and the PHI they record", DataKinds{"logs", "phi"}, "", storeRetention},
		{"store of logs and the PII they record", DataKinds{"pii", "logs"}, "", storeRetention},
		{"store of studies, personal data, credentials and logs", DataKinds{"phi", "pii", "credentials", "logs"}, "", ""},
		{"store of logs and configuration", DataKinds{"logs", "configuration"}, "", ""},
		{"store of logs and therapy data", DataKinds{"logs", "therapy"}, "", ""},
		{"store without logs", DataKinds{"phi"}, "", ""},
		{"store stating no data", nil, "", ""},
		{"the log's own retention", DataKinds{"phi", "logs"}, "Kept for 6 years.", "Kept for 6 years."},
		{"the log's own retention beside a store of logs only", DataKinds{"logs"}, "Kept for 6 years.", "Kept for 6 years."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Product{DataStores: []DataStore{{ID: "db", Data: tc.data, Retention: storeRetention}}}
			if got := p.LogRetention(Log{ID: "audit", DataStore: "db", Retention: tc.own}); got != tc.want {
				t.Errorf("LogRetention = %q, want %q", got, tc.want)
			}
		})
	}
	// A log in no store has only its own retention.
	p := &Product{DataStores: []DataStore{{ID: "db", Data: DataKinds{"logs"}, Retention: storeRetention}}}
	if got := p.LogRetention(Log{ID: "audit", Location: "/var/log"}); got != "" {
		t.Errorf("a log in no store: LogRetention = %q, want none", got)
	}
}
