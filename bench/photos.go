package bench

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
)

// photo makes a small landscape-like JPEG of w×h: sky, grass and noise,
// so it compresses like a photo rather than a flat colour.
func photo(rnd *rand.Rand, w, h int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	horizon := h/3 + rnd.IntN(h/3)
	for y := range h {
		for x := range w {
			n := uint8(rnd.IntN(24))
			if y < horizon {
				img.Set(x, y, color.RGBA{R: 120 + n, G: 170 + n, B: 230 - n/2, A: 255})
			} else {
				img.Set(x, y, color.RGBA{R: 60 + n, G: 140 + n + uint8(y%16), B: 50 + n, A: 255})
			}
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		return nil, fmt.Errorf("encode photo: %w", err)
	}
	return buf.Bytes(), nil
}
