package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
)

// ErrTokenRequired is returned by CheckListen for an address beyond the
// loopback interface when no token is set.
var ErrTokenRequired = errors.New("web: a token is required to listen beyond 127.0.0.1 (--token or FACTDIFF_TOKEN)")

// TokenEnv is the environment variable that holds the access token when no
// --token flag gives it.
const TokenEnv = "FACTDIFF_TOKEN"

// CheckListen returns ErrTokenRequired (wrapped, naming addr) when addr
// ("host:port") listens beyond the loopback interface and token is empty,
// and nil otherwise. An empty host or a wildcard (0.0.0.0, [::]) listens
// everywhere; a host name other than localhost may resolve anywhere.
func CheckListen(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("web: listen address %q: %w", addr, err)
	}
	if token == "" && !IsLoopback(host) {
		return fmt.Errorf("listen %s: %w", addr, ErrTokenRequired)
	}
	return nil
}

// IsLoopback reports whether host names only the loopback interface:
// "localhost" or a loopback IP address.
func IsLoopback(host string) bool {
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	if i := strings.IndexByte(host, '%'); i >= 0 { // IPv6 zone
		host = host[:i]
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// tokenKey is the context key of the token a request gave in its query,
// which the pages carry on in their links.
type tokenKey struct{}

// RequireToken returns a handler that passes to h only the requests that
// carry token, as "Authorization: Bearer TOKEN" or as a token query
// parameter (for feed readers and browsers); the others get 401. The
// comparison takes the same time whatever the token given. An empty token
// lets no request through.
func RequireToken(token string, h http.Handler) http.Handler {
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, inQuery := requestToken(r)
		// Hashing first makes the comparison independent of the lengths.
		sum := sha256.Sum256([]byte(got))
		if token == "" || got == "" || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			setSecurityHeaders(w.Header())
			w.Header().Set("WWW-Authenticate", `Bearer realm="factdiff"`)
			http.Error(w, "401 unauthorized: this factdiff needs a token (Authorization: Bearer TOKEN or ?token=TOKEN)", http.StatusUnauthorized)
			return
		}
		if inQuery {
			r = r.WithContext(context.WithValue(r.Context(), tokenKey{}, got))
		}
		h.ServeHTTP(w, r)
	})
}

// requestToken returns the token r carries and reports whether it came in
// the query.
func requestToken(r *http.Request) (string, bool) {
	if scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " "); ok && strings.EqualFold(scheme, "Bearer") {
		return strings.TrimSpace(tok), false
	}
	if tok := r.URL.Query().Get("token"); tok != "" {
		return tok, true
	}
	return "", false
}

// queryToken returns the token r gave in its query, once RequireToken let
// it through, or "".
func queryToken(r *http.Request) string {
	tok, _ := r.Context().Value(tokenKey{}).(string)
	return tok
}
