package portal

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"

	"github.com/disintegration/imaging"

	"kring/backend/api"
)

// Limits of an uploaded photo. The byte limit is checked while reading
// the upload; the pixel limits from the image header, before decoding,
// so a small file that claims to be huge never gets its memory.
const (
	MaxPhotoBytes  = api.MaxPhotoBytes
	maxPhotoSide   = 20000
	maxPhotoPixels = 50_000_000
)

// Sizes the server keeps: board photos at most fullSide pixels on their
// longest side, thumbnails at most thumbSide, profile photos profileSide.
const (
	fullSide    = 2560
	thumbSide   = 480
	profileSide = 512
	jpegQuality = 85
)

// decodeSlots bounds how many photos are decoded at the same time.
var decodeSlots = make(chan struct{}, 2)

// processedPhoto is an upload turned upright and re-encoded, which also
// drops its metadata (such as the GPS position a phone writes in EXIF).
type processedPhoto struct {
	full, thumb   []byte
	width, height int
}

// imageFormat names what the first bytes of a file say it is.
func imageFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return "jpeg"
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case len(data) >= 12 && string(data[4:8]) == "ftyp" && isHEIFBrand(string(data[8:12])):
		return "heic"
	default:
		return ""
	}
}

func isHEIFBrand(brand string) bool {
	switch brand {
	case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif":
		return true
	}
	return false
}

// checkPhoto refuses anything but a JPEG or PNG of sensible dimensions,
// reading only the header.
func checkPhoto(data []byte) (string, error) {
	format := imageFormat(data)
	if format == "heic" {
		return "", api.Errorf(api.CodeImageUnsupported,
			"HEIC/HEIF photos (the iPhone's default) are not supported; send a JPEG or PNG")
	}
	if format == "" {
		return "", api.Errorf(api.CodeImageUnsupported, "only JPEG and PNG photos are accepted")
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return "", api.Errorf(api.CodeImageUnsupported, "the photo cannot be read")
	}
	if cfg.Width < 1 || cfg.Height < 1 || cfg.Width > maxPhotoSide || cfg.Height > maxPhotoSide ||
		cfg.Width*cfg.Height > maxPhotoPixels {
		return "", api.Errorf(api.CodeImageTooLarge, "the photo has too many pixels (at most 50 million)")
	}
	return format, nil
}

// processPhoto checks, decodes with its EXIF orientation applied, scales
// down to side and makes a thumbnail of thumb pixels (0: none).
func processPhoto(data []byte, side, thumb int) (processedPhoto, error) {
	if len(data) > MaxPhotoBytes {
		return processedPhoto{}, api.Errorf(api.CodePayloadTooLarge, "a photo may be 15 MiB at most")
	}
	format, err := checkPhoto(data)
	if err != nil {
		return processedPhoto{}, err
	}
	// A decoded photo takes up to 200 MB; two at a time bound the memory.
	decodeSlots <- struct{}{}
	defer func() { <-decodeSlots }()
	img, err := imaging.Decode(bytes.NewReader(data), imaging.AutoOrientation(true))
	if err != nil {
		return processedPhoto{}, api.Errorf(api.CodeImageUnsupported, "the photo cannot be read")
	}

	full := fit(img, side)
	out := processedPhoto{width: full.Bounds().Dx(), height: full.Bounds().Dy()}
	if out.full, err = encodeImage(full, format); err != nil {
		return processedPhoto{}, err
	}
	if thumb > 0 {
		// From the scaled copy: a fifth of the pixels to filter.
		if out.thumb, err = encodeImage(fit(full, thumb), format); err != nil {
			return processedPhoto{}, err
		}
	}
	return out, nil
}

// fit scales img down to at most side pixels on its longest side.
func fit(img image.Image, side int) image.Image {
	b := img.Bounds()
	if b.Dx() <= side && b.Dy() <= side {
		return img
	}
	return imaging.Fit(img, side, side, imaging.CatmullRom)
}

// encodeImage writes a JPEG as JPEG and a PNG as PNG, keeping
// transparency.
func encodeImage(img image.Image, format string) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	if format == "png" {
		err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img)
	} else {
		err = jpeg.Encode(&buf, opaqueRGBA(img), &jpeg.Options{Quality: jpegQuality})
	}
	if err != nil {
		return nil, fmt.Errorf("encode photo: %w", err)
	}
	return buf.Bytes(), nil
}

// opaqueRGBA shows an NRGBA image from a JPEG, which is opaque, as RGBA
// without copying: the pixels are the same when alpha is 255, and the
// JPEG encoder reads RGBA directly instead of pixel by pixel.
func opaqueRGBA(img image.Image) image.Image {
	if n, ok := img.(*image.NRGBA); ok {
		return &image.RGBA{Pix: n.Pix, Stride: n.Stride, Rect: n.Rect}
	}
	return img
}
