package content

// SignIn is where an account's sign-in is checked: by the product itself
// or by a service of the customer's. MDS2 PAUT-2 and AUTH-1.1 ask whether
// users can sign in through an external service.
type SignIn string

var signIns = []SignIn{"local", "directory", "federated"}

// Values lists the ways of signing in.
func (SignIn) Values() []string {
	out := make([]string, len(signIns))
	for i, s := range signIns {
		out[i] = string(s)
	}
	return out
}

// External reports a sign-in checked by a service outside the product: the
// customer's directory or identity provider.
func (s SignIn) External() bool { return s == "directory" || s == "federated" }
