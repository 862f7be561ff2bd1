package scaletest

import (
	"bufio"
	"encoding/binary"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"testing"
)

// pgProxy forwards TCP connections to a PostgreSQL server and counts the
// clients' round trips: the frontend messages a client waits on the answer
// of, Sync (the end of each extended-protocol exchange) and Query (a simple
// query). It is how the load test counts database round trips per check
// without instrumenting factdiff.
type pgProxy struct {
	ln     net.Listener
	target string
	trips  atomic.Int64
	wg     sync.WaitGroup
}

// newPGProxy listens on 127.0.0.1 and forwards to target (host:port); it
// is closed when tb ends.
func newPGProxy(tb testing.TB, target string) *pgProxy {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	p := &pgProxy{ln: ln, target: target}
	p.wg.Add(1)
	go p.serve()
	tb.Cleanup(func() { ln.Close(); p.wg.Wait() })
	return p
}

// Addr returns the proxy's host:port.
func (p *pgProxy) Addr() string { return p.ln.Addr().String() }

func (p *pgProxy) serve() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		go func() { _, _ = io.Copy(c, s); c.Close() }()
		go func() { p.frontend(c, s); s.Close() }()
	}
}

// The startup-phase request codes answered by one byte, after which the
// client sends its real startup message.
const (
	sslRequest    = 80877103
	gssencRequest = 80877104
)

// frontend copies the client's messages to the server, counting the round
// trips. Writes are flushed whenever the client has nothing more buffered,
// so that a waiting client's request is never held back.
func (p *pgProxy) frontend(c, s net.Conn) {
	r, w := bufio.NewReaderSize(c, 64<<10), bufio.NewWriterSize(s, 64<<10)
	var hdr [5]byte
	flush := func() bool { return r.Buffered() > 0 || w.Flush() == nil }
	// Startup messages: length, code, body; no type byte.
	for {
		if _, err := io.ReadFull(r, hdr[:4]); err != nil {
			return
		}
		n := int64(binary.BigEndian.Uint32(hdr[:4]))
		if n < 8 {
			return
		}
		var code [4]byte
		if _, err := io.ReadFull(r, code[:]); err != nil {
			return
		}
		_, _ = w.Write(hdr[:4])
		_, _ = w.Write(code[:])
		if _, err := io.CopyN(w, r, n-8); err != nil || !flush() {
			return
		}
		if c := binary.BigEndian.Uint32(code[:]); c != sslRequest && c != gssencRequest {
			break
		}
	}
	// Typed messages: type, length, body.
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			_ = w.Flush()
			return
		}
		switch hdr[0] {
		case 'S', 'Q':
			p.trips.Add(1)
		}
		n := int64(binary.BigEndian.Uint32(hdr[1:]))
		_, _ = w.Write(hdr[:])
		if _, err := io.CopyN(w, r, n-4); err != nil || !flush() {
			return
		}
	}
}
