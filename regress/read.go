package regress

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/factdiff/factdiff/extract"
	"github.com/factdiff/factdiff/textnorm"
)

// MaxVersionSize is the largest version read, in bytes.
const MaxVersionSize = 256 << 20

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary file, not text")

// ErrTooLarge is returned for input larger than MaxVersionSize.
var ErrTooLarge = fmt.Errorf("larger than %d MB", MaxVersionSize>>20)

// ReadVersion reads the version of an article stored at path: see
// DecodeVersion. Errors name the path and say what went wrong in a few
// words ("read old.txt: no such file or directory").
func ReadVersion(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("read %s: %w", path, bare(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxVersionSize+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", path, bare(err))
	}
	return DecodeVersion(path, data)
}

// ReadVersionFrom reads a version from r (standard input, say), named name
// in errors. HTML is recognised by its opening tag.
func ReadVersionFrom(r io.Reader, name string) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxVersionSize+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, bare(err))
	}
	if looksHTML(data) {
		name += ".html"
	}
	return DecodeVersion(name, data)
}

// DecodeVersion turns the bytes of a version into article text: files
// named .html or .htm are reduced to their article text, binary input is
// refused with ErrBinary, and invalid UTF-8 is replaced, not refused. An
// empty file is an empty version, which holds no figures.
func DecodeVersion(name string, data []byte) (string, error) {
	if len(data) > MaxVersionSize {
		return "", fmt.Errorf("read %s: %w", name, ErrTooLarge)
	}
	if textnorm.IsBinary(data) {
		return "", fmt.Errorf("read %s: %w", name, ErrBinary)
	}
	if isHTMLName(name) {
		text, err := extract.HTML(data, "", extract.Options{})
		if err != nil {
			return "", fmt.Errorf("read %s: %w", name, err)
		}
		return strings.ToValidUTF8(text, "\uFFFD"), nil
	}
	return strings.ToValidUTF8(string(data), "\uFFFD"), nil
}

// isHTMLName reports whether name says the file is HTML.
func isHTMLName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// looksHTML reports whether data opens like an HTML page.
func looksHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimLeft(data[:min(len(data), 512)], " \t\r\n\ufeff"))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// bare strips the operation and path from a file error, which the caller
// names itself: "open old.txt: no such file or directory" becomes "no such
// file or directory".
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
