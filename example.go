// Package jspgen holds the example product repository this project ships
// (the site file and content/), embedded so that `jspgen init` can
// scaffold a new product repository from it. The generator itself is in
// package generator and the command in cmd/jspgen.
package jspgen

import "embed"

// Example is the example product repository: jspgen.toml and content/.
//
//go:embed jspgen.toml content
var Example embed.FS
