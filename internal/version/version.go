// Package version is jspgen's version, printed in generated files. It
// sits below every other package so that the document kinds and their
// tests print the same version as the build.
package version

// Version is jspgen's version.
const Version = "0.1.0"
