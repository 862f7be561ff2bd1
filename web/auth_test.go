package web

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestRequireToken(t *testing.T) {
	const token = "s3cret-t0ken"
	h := New(testStore(t), Options{Token: token})
	tests := []struct {
		name   string
		path   string
		header []string
		status int
	}{
		{"no token", "/", nil, http.StatusUnauthorized},
		{"bearer", "/", []string{"Authorization", "Bearer " + token}, http.StatusOK},
		{"bearer lower case", "/", []string{"Authorization", "bearer " + token}, http.StatusOK},
		{"wrong bearer", "/", []string{"Authorization", "Bearer " + token + "x"}, http.StatusUnauthorized},
		{"prefix of the token", "/", []string{"Authorization", "Bearer s3cret"}, http.StatusUnauthorized},
		{"empty bearer", "/", []string{"Authorization", "Bearer "}, http.StatusUnauthorized},
		{"basic scheme", "/", []string{"Authorization", "Basic " + token}, http.StatusUnauthorized},
		{"query", "/?token=" + token, nil, http.StatusOK},
		{"wrong query", "/?token=nope", nil, http.StatusUnauthorized},
		{"empty query", "/?token=", nil, http.StatusUnauthorized},
		{"feed with query", "/feed.atom?token=" + token, nil, http.StatusOK},
		{"feed without", "/feed.atom", nil, http.StatusUnauthorized},
		{"page without", "/watch/marlow-floods", nil, http.StatusUnauthorized},
		{"unknown page without", "/nothing", nil, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := get(t, h, tt.path, tt.header...)
			if res.StatusCode != tt.status {
				t.Fatalf("GET %s %v: status %d, want %d", tt.path, tt.header, res.StatusCode, tt.status)
			}
			if tt.status == http.StatusUnauthorized {
				if got := res.Header.Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") {
					t.Errorf("WWW-Authenticate = %q, want Bearer", got)
				}
				if strings.Contains(body, "marlow") {
					t.Errorf("401 body tells of the store: %q", body)
				}
			}
		})
	}
}

func TestTokenCarriedInLinks(t *testing.T) {
	const token = "abc&def"
	h := New(testStore(t), Options{Token: token})
	res, body := get(t, h, "/?token=abc%26def")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /?token=: status %d, want 200", res.StatusCode)
	}
	if want := `href="/watch/marlow-floods?token=abc%26def"`; !strings.Contains(body, want) {
		t.Errorf("index lacks the link %s carrying the token", want)
	}
	// A token given as a header stays out of the links.
	_, body = get(t, h, "/", "Authorization", "Bearer "+token)
	if strings.Contains(body, "token=") {
		t.Errorf("index links carry a token that came in a header")
	}
}

func TestRequireEmptyTokenRefusesAll(t *testing.T) {
	h := RequireToken("", http.NotFoundHandler())
	for _, hdr := range [][]string{nil, {"Authorization", "Bearer "}} {
		if res, _ := get(t, h, "/?token=", hdr...); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("RequireToken(\"\") with %v: status %d, want 401", hdr, res.StatusCode)
		}
	}
}

func TestCheckListen(t *testing.T) {
	tests := []struct {
		addr, token string
		wantErr     error // nil, ErrTokenRequired, or errBadAddr
	}{
		{"127.0.0.1:8080", "", nil},
		{"127.0.0.2:8080", "", nil},
		{"localhost:8080", "", nil},
		{"[::1]:8080", "", nil},
		{"0.0.0.0:8080", "", ErrTokenRequired},
		{":8080", "", ErrTokenRequired},
		{"[::]:8080", "", ErrTokenRequired},
		{"192.168.1.20:8080", "", ErrTokenRequired},
		{"factdiff.example.org:443", "", ErrTokenRequired},
		{"0.0.0.0:8080", "t", nil},
		{"192.168.1.20:8080", "t", nil},
		{"no-port", "", errBadAddr},
	}
	for _, tt := range tests {
		err := CheckListen(tt.addr, tt.token)
		switch {
		case tt.wantErr == nil && err != nil:
			t.Errorf("CheckListen(%q, %q) = %v; want nil", tt.addr, tt.token, err)
		case tt.wantErr == errBadAddr && err == nil:
			t.Errorf("CheckListen(%q, %q) = nil; want an error", tt.addr, tt.token)
		case tt.wantErr == ErrTokenRequired && !errors.Is(err, ErrTokenRequired):
			t.Errorf("CheckListen(%q, %q) = %v; want %v", tt.addr, tt.token, err, ErrTokenRequired)
		}
	}
}

// errBadAddr stands for any error about an unparsable address.
var errBadAddr = errors.New("bad address")
