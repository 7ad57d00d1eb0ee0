// Package sitecheck holds the tests that hold the published site to outside
// checkers: the W3C Nu HTML checker (vnu-jar, run with the machine's Java)
// on every page and the stylesheet, axe-core's WCAG 2.0/2.1 A and AA rules
// on every page in Debian's Chromium (driven by playwright-core), and
// screenshots of the index and of a document page. The node tooling lives
// in .ci/node (npm ci there installs it); the tests skip with a message
// when a tool is missing, and fail instead under JSPGEN_REQUIRE_TOOLS=1.
package sitecheck
