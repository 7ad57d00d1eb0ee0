package content

// Site is the site file, jspgen.toml: what every product of one
// manufacturer shares.
type Site struct {
	SchemaVersion int           `toml:"schema_version" jsp:"required" doc:"Version of the content format; must be 2 (jspgen migrate converts a file of version 1)."`
	Title         string        `toml:"title" jsp:"required" doc:"Title of the published site, e.g. \"Meridian Infusion Systems — Product Security\"."`
	BaseURL       string        `toml:"base_url" jsp:"url" doc:"Absolute URL the site is published under (optional); enables canonical links. Not written: the CSAF files' absolute URLs use the manufacturer's website, which assumes the site is published at its root."`
	Paper         string        `toml:"paper" jsp:"oneof=letter a4" doc:"PDF paper size: letter (default) or a4. Not written while no product of the site is marketed in the United States (every product writes markets, none us) and some is marketed where A4 is the paper (eu, uk, ch, au, jp): check warns once that the PDFs are US Letter."`
	Language      string        `toml:"language" jsp:"lang" doc:"BCP 47 language tag of the documents (default en): HTML lang, the PDF language and the CSAF files' lang. jspgen's templates are written in English: check warns about another language while a shipped template is not overridden by a translation."`
	AsOf          Date          `toml:"as_of" doc:"The build's date: which versions are still supported (and get documents of their own), the stages on the site's pages, and when a document is due a new revision (each released document speaks as of its own release date); default: SOURCE_DATE_EPOCH, else the newest release date of a product's documents (a document released after the as-of date is a warning). An as_of after today is a warning from check, build and serve, unless SOURCE_DATE_EPOCH is set; so is an as-of date (this one, else the newest release) a year or more before today, as the security.txt the site publishes then has expired."`
	Manufacturer  Manufacturer  `toml:"manufacturer" jsp:"required" doc:"The manufacturer, shared by every product."`
	SupportRules  []SupportRule `toml:"support_rules" doc:"Support level and end of support for the components they match in every product; each product's [[components]], SBOMs and own rules take precedence."`
	Guidance      []Guidance    `toml:"guidance" doc:"Editions of the guidance, standards and statutes the documents follow; shipped defaults apply to every id the file leaves out (see guidance.go)."`
}

// Manufacturer is the legal manufacturer and how to reach its security team.
// Only the security contact is required: a small manufacturer may have no
// PSIRT or published disclosure policy, and requiring them would make it
// invent one; the documents print what is stated, and check warns about a
// cyber device without a disclosure policy.
type Manufacturer struct {
	Name            string  `toml:"name" jsp:"required" doc:"Legal name."`
	Address         string  `toml:"address" doc:"Postal address (multi-line string). No document prints it: the documents name the manufacturer by its name and reach it through its contacts. Not written: nothing in the documents changes."`
	Website         string  `toml:"website" jsp:"url" doc:"Public website."`
	SecurityContact Contact `toml:"security_contact" jsp:"required" doc:"Where anyone reports a suspected vulnerability or incident."`
	Support         Contact `toml:"support" doc:"Customer and technical support (service, spare parts)."`
	PSIRT           PSIRT   `toml:"psirt" doc:"The product security incident response team, when the manufacturer has one. Not written: the documents name the security contact alone and claim no PSIRT."`
	CVDPolicyURL    string  `toml:"cvd_policy_url" jsp:"url" doc:"Public coordinated vulnerability disclosure policy. Not written: the documents say the policy is not stated, and check warns about a cyber device (FD&C Act 524B(b)(1)), about a device whose cyber_device.applies is not stated but which has a connectivity interface (it may be one), and about a product not marketed in the United States whose security plan or CSD is built ([postmarket.cvd] gives timelines, not the policy)."`
	// CVDPolicy states what no URL can: that the manufacturer publishes
	// no disclosure policy (cvdpolicy_none.go).
	CVDPolicy string `toml:"cvd_policy" jsp:"oneof=none_published" doc:"none_published: the manufacturer publishes no coordinated vulnerability disclosure policy (a stated fact, unlike leaving cvd_policy_url out, which leaves it not stated). The documents' contact tables then print the policy as None published and the security plan says the manufacturer publishes none; reports still go to the security contact, the MDS2 form's DOC-8 (a disclosure program, which a manufacturer may run without publishing a policy) stays not stated, and check still warns about a cyber device, or a device that may be one, as it does without cvd_policy_url. Not beside cvd_policy_url."`
	ISAO      ISAO   `toml:"isao" doc:"Membership of an information sharing and analysis organization."`
	CSAF      CSAF   `toml:"csaf" doc:"What the manufacturer allows CSAF aggregators to do with the CSAF documents the site publishes."`
}

// Contact is a way to reach a team.
type Contact struct {
	Name      string `toml:"name" doc:"Team or function name."`
	Email     string `toml:"email" jsp:"email" doc:"E-mail address."`
	Phone     string `toml:"phone" doc:"Telephone number, international format."`
	URL       string `toml:"url" jsp:"url" doc:"Web page or portal."`
	PGPKeyURL string `toml:"pgp_key_url" jsp:"url" doc:"Where the encryption key for confidential reports is published."`
	Hours     string `toml:"hours" doc:"When the contact is staffed, e.g. \"24/7\"."`
}

// PSIRT is the manufacturer's product security incident response team.
type PSIRT struct {
	Name          string `toml:"name" jsp:"required" doc:"Team name."`
	Email         string `toml:"email" jsp:"required,email" doc:"Team e-mail address."`
	URL           string `toml:"url" jsp:"url" doc:"Team web page."`
	AdvisoriesURL string `toml:"advisories_url" jsp:"url" doc:"Where security advisories are published."`
}

// CSAF is the manufacturer's consent, as the publisher of the site's CSAF
// provider, to CSAF aggregators (CSAF 2.0 7.1.7, the provider metadata's
// list_on_CSAF_aggregators and mirror_on_CSAF_aggregators). It is the
// publisher's to give: not stated, none is given.
type CSAF struct {
	ListOnAggregators   Tri `toml:"list_on_aggregators" doc:"Whether CSAF aggregators may list the site's CSAF provider. Not written: the provider metadata says they may not, and check warns."`
	MirrorOnAggregators Tri `toml:"mirror_on_aggregators" doc:"Whether CSAF aggregators may mirror the site's CSAF documents. Not written: the provider metadata says they may not, and check warns."`
}

// ISAO records membership of an information sharing and analysis organization.
type ISAO struct {
	Member Tri    `toml:"member" doc:"Whether the manufacturer is a member."`
	Name   string `toml:"name" doc:"Organization, e.g. Health-ISAC."`
	Since  Date   `toml:"since" doc:"Member since."`
}
