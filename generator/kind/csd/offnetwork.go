package csd

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// offNetworkControls warns of a network control (network segmentation,
// a firewall, wireless security) that the CSD about version p.VersionOf
// prints although that version, on the models it runs on
// (versions.models, content.Product.ForModels), joins no network
// (content.Product.NoNetwork): the CSD would tell the hospital to
// segment or firewall a device that is on no network, and mark it
// Required. A wireless control on a version that keeps a wireless link
// which is no network (a radio foot pedal, NFC) is about that link and
// is left alone. The usual cause is a control written for the models of
// a family that do join a network, without recommended_controls.models.
// A device cabled to the customer's own infrastructure (a terminal
// server) is not warned: isolating that part is the control it needs.
func offNetworkControls(p kind.Product) content.Diagnostics {
	view := p.Product
	if v := p.Version(p.VersionOf); v != nil {
		view = p.Product.ForModels(v.Models)
	}
	if !view.NoNetwork() {
		return nil
	}
	radio := slices.ContainsFunc(view.Interfaces, func(it content.Interface) bool { return it.Kind.Wireless() })
	on := ""
	if view.AboutSomeModels() {
		var ids []string
		for _, m := range view.AboutModels() {
			ids = append(ids, m.ID)
		}
		on = " on " + content.ModelWord(ids)
	}
	version := "the device"
	if p.VersionOf != "" {
		version = "version " + p.VersionOf
	}
	var diags content.Diagnostics
	for i, rc := range view.RecommendedControls {
		switch rc.Category {
		case "network_segmentation", "firewall":
		case "wireless":
			if radio {
				continue
			}
		default:
			continue
		}
		path := content.AtOr(rc.At, fmt.Sprintf("recommended_controls[%d]", i))
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
			Message: fmt.Sprintf("CSD: recommended control %s (%s, %s) is printed for %s, which joins no network%s (no port and no Ethernet, Wi-Fi, Bluetooth, cellular or other network interface): name the models it concerns (recommended_controls.models), or remove it from that version (recommended_controls_removed)",
				rc.ID, content.Label(rc.Category), content.AtOr(rc.Priority, "priority not stated"), version, on)})
	}
	return diags
}
