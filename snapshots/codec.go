package snapshots

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
)

// How a version's text is stored (the versions.codec column).
//
// Successive versions of an article differ by a few words, so most versions
// are stored as zlib streams whose preset dictionary is the text of an
// earlier version of the same watch, their base. A base is always a
// keyframe: a version stored on its own (codecZlib). Every version is
// therefore readable from at most two rows, the chain never grows, and a
// foreign key from versions.base_id keeps a base from being deleted while
// anything depends on it (Prune re-encodes the dependents first).
//
// zlib rather than raw deflate: its Adler-32 trailer checks the text, and
// its header carries the Adler-32 of the dictionary, so a version decoded
// against the wrong base fails loudly instead of returning wrong text.
const (
	codecZlib     = 1 // zlib, self-contained: a keyframe
	codecZlibDict = 2 // zlib with the base version's text as dictionary
)

// Keyframe policy. A keyframe and the deltas based on it form a group.
// Each delta holds every edit made since its keyframe, so deltas grow along
// a group; a new keyframe pays off once a delta would be larger than the
// group's average size so far (adding it would raise the average). Deltas
// must also be at most half a keyframe's size, and a group holds at most
// maxDependents deltas so that re-basing them on Prune stays cheap.
const (
	maxDependents   = 63
	deltaAdvantage  = 2 // a delta must be this many times smaller than its keyframe
	compressionRank = zlib.BestCompression
)

// errCorrupt reports a stored text that does not decode.
var errCorrupt = errors.New("stored text is corrupt")

// compress returns text as a zlib stream, with dict as its preset
// dictionary when dict is not nil.
func compress(text, dict []byte) ([]byte, error) {
	var buf bytes.Buffer
	var (
		w   *zlib.Writer
		err error
	)
	if dict != nil {
		w, err = zlib.NewWriterLevelDict(&buf, compressionRank, dict)
	} else {
		w, err = zlib.NewWriterLevel(&buf, compressionRank)
	}
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(text); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decompress returns the text of a body stored with codec; dict is the base
// version's text for codecZlibDict. The text must be size bytes long and
// match the stream's checksum.
func decompress(codec int, body, dict []byte, size int64) ([]byte, error) {
	var (
		r   io.ReadCloser
		err error
	)
	switch codec {
	case codecZlib:
		r, err = zlib.NewReader(bytes.NewReader(body))
	case codecZlibDict:
		if dict == nil {
			return nil, fmt.Errorf("%w: base text missing", errCorrupt)
		}
		r, err = zlib.NewReaderDict(bytes.NewReader(body), dict)
	default:
		return nil, fmt.Errorf("%w: unknown codec %d", errCorrupt, codec)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	defer r.Close()
	if size < 0 || size > int64(len(body))*1100+1<<10 {
		return nil, fmt.Errorf("%w: implausible size %d", errCorrupt, size)
	}
	text := make([]byte, size)
	if _, err := io.ReadFull(r, text); err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	// Reading on to the end checks the Adler-32 and that nothing follows.
	var extra [1]byte
	if n, err := r.Read(extra[:]); n != 0 || err != io.EOF {
		if err == nil || err == io.EOF {
			err = errors.New("longer than its stored size")
		}
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	return text, nil
}

// keyframe is a candidate base for a new encoding, with its group.
type keyframe struct {
	id         int64
	text       []byte
	size       int // the keyframe's stored body
	dependents int // deltas based on it
	groupBytes int // size plus its dependents' bodies
}

// add counts a new delta of n bytes in the group.
func (k *keyframe) add(n int) {
	k.dependents++
	k.groupBytes += n
}

// encoded is a text ready to store.
type encoded struct {
	codec  int
	baseID int64 // 0 for a keyframe
	body   []byte
}

// encode chooses how to store text: as a delta against base when there is
// one with room and the delta pays (see the keyframe policy above), else as
// a keyframe.
func encode(text []byte, base *keyframe) (encoded, error) {
	if base != nil && base.dependents < maxDependents {
		delta, err := compress(text, base.text)
		if err != nil {
			return encoded{}, err
		}
		n := len(delta)
		if n*(base.dependents+1) < base.groupBytes && n*deltaAdvantage <= base.size {
			return encoded{codecZlibDict, base.id, delta}, nil
		}
	}
	full, err := compress(text, nil)
	if err != nil {
		return encoded{}, err
	}
	return encoded{codecZlib, 0, full}, nil
}
