package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
)

// r3mds2RuleCases are the derivations the dexalegacy, k8sai and
// hearingaid reviews (round 3) corrected:
//   - TXCF-2: a port the acquisition PC listens on (SMB, 445/tcp, its
//     encryption not stated) is not tied to the studies it sends to the
//     PACS over an outbound port naming the PACS that states
//     encrypted = false (dexalegacy: "Not stated" beside the CSD's "not
//     encrypted");
//   - STCF-3 from data_stores[].database on a store of a part on the
//     device (dexalegacy: "Not stated" beside MPII-2.4 Yes);
//   - MPII-3.10 is no No where MPII-3.5 and MPII-3.6 are the host-link
//     N/A (k8sai: MPII-3 Yes beside No or N/A on every route).
func r3mds2RuleCases() []ruleCase {
	// dexalegacy: the acquisition PC sends PHI to the PACS, queries the
	// RIS, and listens for SMB on the same Ethernet
	dxa := func(from, to string, pacsPort bool) func(w *world) {
		return func(w *world) {
			w.p.Parts = []content.Part{{ID: "pc", Name: "Acquisition PC", Runs: "device"}}
			w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "pc")}
			f := flow("DF-01", "lan", "phi")
			f.From, f.To = from, to
			w.p.DataFlows = []content.DataFlow{f}
			pacs := port(104, "tcp", "out", "lan")
			pacs.Service, pacs.Endpoints = "DICOM storage", []string{"PACS"}
			ris := port(104, "tcp", "out", "lan")
			ris.Service, ris.Endpoints, ris.Encrypted = "DICOM worklist", []string{"RIS"}, content.Unstated
			smb := port(445, "tcp", "in", "lan")
			smb.Service, smb.Encrypted = "SMB", content.Unstated
			w.p.Ports = []content.Port{ris, smb}
			if pacsPort {
				w.p.Ports = append(w.p.Ports, pacs)
			}
		}
	}
	stores := func(runs content.PartRuns, dbs ...content.Tri) func(w *world) {
		return func(w *world) {
			w.p.Parts = []content.Part{{ID: "pc", Name: "Acquisition PC", Runs: runs}}
			for i, db := range dbs {
				d := store([]string{"db", "cfg", "logs"}[i], "logs")
				d.Part, d.Database = "pc", db
				w.p.DataStores = append(w.p.DataStores, d)
			}
		}
	}
	// k8sai: containers on the hospital's platform, PHI over the pod network
	podnet := func(runs content.PartRuns, kind string) func(w *world) {
		return func(w *world) {
			w.p.Parts = listsWhole(content.Part{ID: "services", Name: "Services", Runs: runs})
			it := partIface("podnet", kind, "services")
			it.Carries = content.DataKinds{"phi"}
			w.p.Interfaces = []content.Interface{it}
		}
	}
	return []ruleCase{
		{"TXCF-2", "PHI to the PACS over its unencrypted outbound port, beside a listening SMB port that does not state encryption",
			dxa("pc", "PACS", true), noBy("data_flows[0]", "(DF-01) carries PHI or PII over interface lan by 104/tcp (DICOM storage), which states encrypted = false")},
		{"TXCF-2", "PHI to the PACS, no outbound port names the PACS: the listening port may be the flow's",
			dxa("pc", "PACS", false), decidesNothing},
		{"TXCF-2", "PHI from the PACS to the PC: the PACS may connect to the listening port",
			dxa("PACS", "pc", true), decidesNothing},

		{"STCF-3", "a database of logs on the device", stores("device", content.True),
			yesBy("data_stores[0].database", "is true for db (db), a data store of the Acquisition PC, which runs on the device's own hardware")},
		{"STCF-3", "the device's one store is not a database", stores("device", content.False),
			noBy("data_stores[0].database", "is false for db, the only data store of a part on the device")},
		{"STCF-3", "no store of the device is a database", stores("device", content.False, content.False),
			noBy("data_stores", "marks every data store of a part on the device database = false")},
		{"STCF-3", "a store not a database beside one that does not say", stores("device", content.False, content.Unstated), decidesNothing},
		{"STCF-3", "a database of software the customer hosts, no part on the device", stores("customer_hosted", content.True), decidesNothing},
		{"STCF-3", "a database of the manufacturer's cloud beside the device", func(w *world) {
			stores("manufacturer_hosted", content.True)(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "dev", Name: "Device", Runs: "device"})
		}, decidesNothing},

		{"MPII-3.10", "PHI over the pod network of containers the hospital hosts: MPII-3.5 is the host's N/A",
			podnet("customer_hosted", "virtual_nic"), decidesNothing},
		{"MPII-3.10", "PHI over a device's Ethernet", podnet("device", "ethernet"),
			noBy("interfaces", "lists no other-kind interface that carries PHI or PII")},
	}
}
