package portal

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"runtime"
	"strings"
	"testing"

	"kring/backend/api"
)

// pngHeader is a PNG signature and header claiming w×h pixels, no data.
func pngHeader(w, h uint32) []byte {
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], w)
	binary.BigEndian.PutUint32(ihdr[4:], h)
	ihdr[8], ihdr[9] = 8, 6
	chunk := append([]byte("IHDR"), ihdr...)
	out := binary.BigEndian.AppendUint32([]byte("\x89PNG\r\n\x1a\n"), 13)
	return binary.BigEndian.AppendUint32(append(out, chunk...), crc32.ChecksumIEEE(chunk))
}

// TestHugeHeaderRefusedWithoutAllocating checks that a file claiming
// 60000×60000 pixels (14 GB decoded) is refused from its header, with
// next to no memory allocated.
func TestHugeHeaderRefusedWithoutAllocating(t *testing.T) {
	data := pngHeader(60000, 60000)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := processPhoto(data, fullSide, thumbSide)
	runtime.ReadMemStats(&after)

	var apiErr *api.Error
	if !errors.As(err, &apiErr) || apiErr.Code != api.CodeImageTooLarge {
		t.Fatalf("want image_dimensions_too_large, got %v", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
		t.Fatalf("refusing the header allocated %d bytes", grew)
	}
}

// TestImageFormats checks which files are taken, from their first bytes.
func TestImageFormats(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0}, "jpeg"},
		{"png", pngHeader(1, 1), "png"},
		{"heic", []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"), "heic"},
		{"heif mif1", []byte("\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00"), "heic"},
		{"gif", []byte("GIF89a"), ""},
		{"text", []byte("hello"), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := imageFormat(c.data); got != c.want {
				t.Fatalf("format %q, want %q", got, c.want)
			}
		})
	}
	_, err := checkPhoto(cases[2].data)
	if err == nil || !strings.Contains(err.Error(), "HEIC") {
		t.Fatalf("a HEIC refusal must say HEIC: %v", err)
	}
}
