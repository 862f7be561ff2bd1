package snapshots

import (
	"errors"
	"math/rand/v2"
	"testing"
)

func TestCodecRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	base := []byte(article(r, 6000))
	next := []byte(revise(r, string(base)))
	z, err := compress(base, nil)
	if err != nil {
		t.Fatal(err)
	}
	kf := func(dependents, groupBytes int) *keyframe {
		return &keyframe{id: 7, text: base, size: len(z), dependents: dependents, groupBytes: len(z) + groupBytes}
	}
	tests := []struct {
		name string
		text []byte
		base *keyframe
		want int // codec chosen
	}{
		{"no base", base, nil, codecZlib},
		{"small revision", next, kf(0, 0), codecZlibDict},
		{"group of small deltas", next, kf(10, 10*200), codecZlibDict},
		{"delta above the group's average", next, kf(40, 40*10), codecZlib},
		{"group full", next, kf(maxDependents, 0), codecZlib},
		{"unrelated text", []byte(noise(r, 6000)), kf(0, 0), codecZlib},
		{"empty", []byte{}, nil, codecZlib},
	}
	for _, tt := range tests {
		enc, err := encode(tt.text, tt.base)
		if err != nil {
			t.Fatalf("%s: encode: %v", tt.name, err)
		}
		if enc.codec != tt.want {
			t.Errorf("%s: codec = %d; want %d", tt.name, enc.codec, tt.want)
		}
		var dict []byte
		if enc.codec == codecZlibDict {
			dict = tt.base.text
			if enc.baseID != tt.base.id {
				t.Errorf("%s: base = %d; want %d", tt.name, enc.baseID, tt.base.id)
			}
		}
		got, err := decompress(enc.codec, enc.body, dict, int64(len(tt.text)))
		if err != nil || string(got) != string(tt.text) {
			t.Errorf("%s: decompress = %d bytes, %v; want the %d bytes encoded", tt.name, len(got), err, len(tt.text))
		}
	}
}

func TestDecompressRejects(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 2))
	base := []byte(article(r, 3000))
	text := []byte(revise(r, string(base)))
	delta, err := compress(text, base)
	if err != nil {
		t.Fatal(err)
	}
	other := []byte(revise(r, string(base)))
	flipped := append([]byte(nil), delta...)
	flipped[len(flipped)/2] ^= 0x40
	size := int64(len(text))
	tests := []struct {
		name  string
		codec int
		body  []byte
		dict  []byte
		size  int64
	}{
		{"wrong base", codecZlibDict, delta, other, size},
		{"no base", codecZlibDict, delta, nil, size},
		{"flipped bit", codecZlibDict, flipped, base, size},
		{"truncated", codecZlibDict, delta[:len(delta)-5], base, size},
		{"shorter than stored size", codecZlibDict, delta, base, size + 1},
		{"longer than stored size", codecZlibDict, delta, base, size - 1},
		{"unknown codec", 9, delta, base, size},
		{"not zlib", codecZlib, []byte("plain text"), nil, 10},
	}
	for _, tt := range tests {
		if _, err := decompress(tt.codec, tt.body, tt.dict, tt.size); !errors.Is(err, errCorrupt) {
			t.Errorf("decompress(%s) = %v; want errCorrupt", tt.name, err)
		}
	}
}
